import type { RefObject } from 'react'
import { spanNoun, wholeSpan } from '../domain/spanWords'
import { Button } from '../ui/Button'
import { selectFilteredEvents, selectSelectedEvent } from '../store/selectors'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { MIN_SPAN_MS, ZOOM_STEP } from './geometry'
import type { ZoomControls } from './useZoomBehavior'

/** A count as readers write it: 1,000, not 1000. */
const count = (n: number) => n.toLocaleString('en-US')

/** Previous/next stepping and zoom buttons, for pointer and keyboard users alike. */
export function TimelineToolbar({ controls }: { controls: RefObject<ZoomControls | null> }) {
  const store = useTimelineStore()
  const events = useTimeline(selectFilteredEvents)
  const selected = useTimeline(selectSelectedEvent)
  const total = events.length
  const span = useTimeline((s) => spanNoun(s.document))
  const position = selected ? events.indexOf(selected) : -1
  // At the zoom's floor (a minute across the width) Zoom in can do nothing more. It stays
  // focusable (aria-disabled), so a keyboard reader pressing it is not thrown out of the toolbar.
  const atFloor = useTimeline((s) => s.viewport.endMs - s.viewport.startMs < MIN_SPAN_MS * 1.01)
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 pb-2">
      <div className="flex items-center gap-1">
        <Button
          onClick={() => store.getState().step(-1, 'button')}
          disabled={position === 0}
          aria-label="Previous event"
        >
          <span aria-hidden="true">←</span>
          <span className="hidden sm:inline">Previous</span>
        </Button>
        <Button
          onClick={() => store.getState().step(1, 'button')}
          disabled={position === total - 1}
          aria-label="Next event"
        >
          <span className="hidden sm:inline">Next</span>
          <span aria-hidden="true">→</span>
        </Button>
        <span className="ml-2 text-sm tabular-nums text-muted" aria-live="off">
          {position >= 0
            ? `${count(position + 1)} of ${count(total)}`
            : `${count(total)} ${total === 1 ? 'event' : 'events'}`}
        </span>
      </div>
      <div className="flex items-center gap-1" role="group" aria-label="Zoom">
        <Button
          onClick={() => atFloor || controls.current?.scaleBy(ZOOM_STEP)}
          aria-label="Zoom in"
          aria-disabled={atFloor}
          className="aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
          title="Zoom in (+)"
        >
          <span aria-hidden="true">+</span>
        </Button>
        <Button
          onClick={() => controls.current?.scaleBy(1 / ZOOM_STEP)}
          aria-label="Zoom out"
          title="Zoom out (−)"
        >
          <span aria-hidden="true">−</span>
        </Button>
        <Button
          onClick={() => controls.current?.fit()}
          aria-label="Fit all"
          title={`Show ${wholeSpan(span)} (0)`}
        >
          Fit all
        </Button>
      </div>
    </div>
  )
}
