import { useEffect } from 'react'
import type { StudioStore } from '../../studio/createStudioStore'

/** A field with its own undo (the browser's): Ctrl/⌘+Z there undoes its typing first. */
const inTextField = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement &&
      !['checkbox', 'radio', 'button', 'submit', 'color', 'file'].includes(target.type)))

/**
 * The studio's undo and redo keys: Ctrl/⌘+Z, Ctrl/⌘+Shift+Z and Ctrl+Y, anywhere but inside a
 * text field, whose own undo comes first.
 */
export function useUndoKeys(store: StudioStore | null): void {
  useEffect(() => {
    if (!store) return
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || inTextField(e.target)) return
      const key = e.key.toLowerCase()
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey && !e.shiftKey)
      const undo = key === 'z' && !e.shiftKey
      if (!undo && !redo) return
      e.preventDefault()
      if (redo) store.getState().redo()
      else store.getState().undo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [store])
}
