import { useTimelineStore } from '../store/TimelineContext'
import { Button } from '../ui/Button'

/** The sheet's own controls: step through events without leaving it, or close it. */
export default function SheetBar({ onClose }: { onClose: () => void }) {
  const store = useTimelineStore()
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
