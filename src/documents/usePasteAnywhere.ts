import { useEffect } from 'react'

const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))

/** Text pasted onto the page itself (not into a field) that looks like a document opens it. */
export function usePasteAnywhere(onText: (text: string) => void): void {
  useEffect(() => {
    const paste = (e: ClipboardEvent) => {
      if (editable(e.target) || editable(document.activeElement)) return
      const text = e.clipboardData?.getData('text/plain') ?? ''
      // JSON, or CSV with a header row: anything else is not meant for us.
      if (!/^\s*[[{]/.test(text) && !/^[^\n]*,[^\n]*\n/.test(text)) return
      e.preventDefault()
      onText(text)
    }
    document.addEventListener('paste', paste)
    return () => document.removeEventListener('paste', paste)
  }, [onText])
}
