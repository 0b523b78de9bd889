import { useEffect, type RefObject } from 'react'
import { useTimelineStore } from '../store/TimelineContext'
import { Button } from '../ui/Button'

interface CloseWatcherLike {
  onclose: (() => void) | null
  destroy: () => void
}
type CloseWatcherCtor = new () => CloseWatcherLike

/**
 * The sheet's own controls: step through events without leaving it, or close it. While it is up
 * (mounted), Escape and Android's Back (a CloseWatcher, never a history entry) close it, and the
 * tapped mark is kept above it.
 */
export default function SheetBar({
  onClose,
  panel,
}: {
  onClose: () => void
  panel: RefObject<HTMLElement | null>
}) {
  const store = useTimelineStore()
  useEffect(() => {
    const id = store.getState().selectedEventId
    const mark = id ? window.document.getElementById(`mark-${id}`) : null
    const top = panel.current?.getBoundingClientRect().top ?? window.innerHeight
    const below = mark ? mark.getBoundingClientRect().bottom + 16 - top : 0
    const page = window.document.scrollingElement ?? window.document.documentElement
    if (below > 0) page.scrollTop += below
    const Watcher = (window as unknown as { CloseWatcher?: CloseWatcherCtor }).CloseWatcher
    const watcher = Watcher ? new Watcher() : null
    if (watcher) watcher.onclose = onClose
    return () => watcher?.destroy()
  }, [onClose, panel, store])
  return (
    <div className="sheet-bar">
      <div className="flex items-center gap-1">
        <Button onClick={() => store.getState().step(-1, 'button')} aria-label="Earlier event">
          <span aria-hidden="true">←</span>
        </Button>
        <Button onClick={() => store.getState().step(1, 'button')} aria-label="Later event">
          <span aria-hidden="true">→</span>
        </Button>
      </div>
      <Button onClick={onClose}>Close</Button>
    </div>
  )
}
