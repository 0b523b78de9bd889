import { useLayoutEffect, useRef, type RefObject } from 'react'
import { describeEventTime, resolveZone } from '../domain/formatTime'
import { selectEventIndex } from '../store/selectors'
import { useTimeline } from '../store/TimelineContext'

/**
 * The hovered mark's title and time, placed just above it. It alone follows the store's hover
 * state, so a hover renders this and nothing else: not the timeline, not a mark. Loaded on
 * demand: the first screen does not need it. The title stays on one line (the placement counts
 * on its height) and ends in an ellipsis when long: the whole of it is the mark's accessible name.
 */
export default function MarkTooltip({
  marks,
  surfaceRef,
}: {
  marks: RefObject<ReadonlyMap<string, HTMLElement>>
  surfaceRef: RefObject<HTMLElement | null>
}) {
  const event = useTimeline((s) =>
    s.hoveredEventId ? (selectEventIndex(s).get(s.hoveredEventId)?.event ?? null) : null,
  )
  const zone = useTimeline((s) => resolveZone(s.zone, s.document.timezone))
  const tip = useRef<HTMLDivElement>(null)
  // Placed from the mark's box once both are in the DOM, as the zoom frame places the marks.
  useLayoutEffect(() => {
    const el = tip.current
    const mark = event ? marks.current.get(event.id) : undefined
    const surface = surfaceRef.current
    if (!el) return
    el.hidden = !mark || !surface
    if (!mark || !surface) return
    const { left, top } = anchorFor(mark, surface)
    el.style.left = `${left}px`
    el.style.top = `${Math.max(0, top - 46)}px`
  }, [event, marks, surfaceRef])
  if (!event) return null
  return (
    <div ref={tip} role="tooltip" className="timeline-tooltip">
      <div className="truncate font-semibold">{event.title}</div>
      <div className="text-muted">{describeEventTime(event, zone)}</div>
    </div>
  )
}

/** Where to put the tooltip for a mark element, kept inside the surface. */
function anchorFor(mark: HTMLElement, surface: HTMLElement): { left: number; top: number } {
  const box = mark.getBoundingClientRect()
  const frame = surface.getBoundingClientRect()
  return {
    left: Math.min(Math.max(4, box.left - frame.left), Math.max(4, frame.width - 260)),
    top: box.top - frame.top,
  }
}
