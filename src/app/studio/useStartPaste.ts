import { useEffect } from 'react'
import { fromRaw } from '../../studio/content'
import type { DraftStart } from '../../studio/intake/openInput'
import { editable } from '../../studio/intake/usePasteRows'
import type { StudioServices } from '../../studio/services'

/**
 * On the start screen, rows pasted outside a field (from the template, in any spreadsheet)
 * start a new draft with them; what cannot be read is said in `onMessage`.
 */
export function useStartPaste(
  active: boolean,
  services: Pick<StudioServices, 'readInput'>,
  onStart: (start: DraftStart) => void,
  onMessage: (message: string) => void,
): void {
  useEffect(() => {
    if (!active) return
    const paste = (e: ClipboardEvent) => {
      if (editable(e.target) || editable(document.activeElement)) return
      const text = e.clipboardData?.getData('text/plain') ?? ''
      if (text.trim() === '') return
      e.preventDefault()
      void services.readInput(text).then((read) => {
        if (!read.ok) onMessage(`The pasted text cannot be read. ${read.message}`)
        else {
          onStart({
            content: fromRaw(read.raw),
            name: 'Pasted rows',
            problems: read.problems,
            from: read.format,
          })
        }
      })
    }
    document.addEventListener('paste', paste)
    return () => document.removeEventListener('paste', paste)
  }, [active, services, onStart, onMessage])
}
