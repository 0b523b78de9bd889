import { useEffect, type RefObject } from 'react'

/**
 * Opens a <dialog> as a modal once it is mounted: focus moves into it, the page behind is inert
 * and Escape closes it. Where showModal is missing (jsdom), it is simply opened.
 */
export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
  }, [ref])
}

/** Closes a dialog opened by useModalDialog (its `close` event follows, as in browsers). */
export function closeDialog(dialog: HTMLDialogElement | null): void {
  if (!dialog) return
  if (typeof dialog.close === 'function') dialog.close()
  else {
    dialog.removeAttribute('open')
    dialog.dispatchEvent(new Event('close'))
  }
}
