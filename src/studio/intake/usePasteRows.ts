import { useCallback, useEffect, useState } from 'react'
import type { Problem } from '../../domain/types'
import type { StudioStore } from '../createStudioStore'
import { insertContent } from '../edits'
import type { StudioServices } from '../services'
import { describeCounts, mergeInput } from './mergeInput'

/** What the last paste did, for the status line. */
export interface PasteReport {
  /** "Added 12 events and 5 quotes from the pasted rows." or why nothing was added. */
  message: string
  problems: Problem[]
  added: boolean
}

/** A field whose own paste (and typing) comes first. */
export const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/**
 * A paste anywhere in the studio outside a text field: spreadsheet rows (or a whole document)
 * become events, quotes, speakers and sources of the open draft, as one undo step. Inside a
 * field the paste is the field's own.
 */
export function usePasteRows(
  store: StudioStore,
  services: Pick<StudioServices, 'readInput'>,
): { report: PasteReport | null; dismiss: () => void } {
  const [report, setReport] = useState<PasteReport | null>(null)
  useEffect(() => {
    const paste = (e: ClipboardEvent) => {
      if (editable(e.target) || editable(document.activeElement)) return
      const text = e.clipboardData?.getData('text/plain') ?? ''
      if (text.trim() === '') return
      e.preventDefault()
      // TimelineJS rows carry no zone: they are wall-clock times where the draft's story happens.
      const zone = store.getState().content.meta.timezone
      const hint = typeof zone === 'string' && zone ? { timeZone: zone } : {}
      void services.readInput(text, hint).then((read) => {
        if (!read.ok) {
          setReport({ message: read.message, problems: [], added: false })
          return
        }
        // Merged into the draft as it is now: edits made while reading are kept.
        const { content, apply, setFocus } = store.getState()
        const { added, meta, counts } = mergeInput(content, read.raw)
        const what = describeCounts(counts)
        if (!what) {
          const message =
            'Nothing was added: the pasted text holds no events or quotes. Copy the header row with the rows (the columns of the template, or of TimelineJS’s sheet).'
          setReport({ message, problems: read.problems, added: false })
          return
        }
        const patches = insertContent(content, added)
        if (meta) patches.push({ target: 'meta', before: content.meta, after: meta })
        apply(patches)
        const first = added.events[0]
        if (first) setFocus({ target: 'events', uid: first.uid })
        const rows = read.format === 'csv' || read.format === 'timelinejs'
        setReport({
          message: `Added ${what} from the pasted ${rows ? 'rows' : 'document'}.`,
          problems: read.problems,
          added: true,
        })
      })
    }
    document.addEventListener('paste', paste)
    return () => document.removeEventListener('paste', paste)
  }, [store, services])
  const dismiss = useCallback(() => setReport(null), [])
  return { report, dismiss }
}
