import type { RefObject } from 'react'
import { describeEventTime } from '../domain/formatTime'
import { selectEventIndex } from '../store/selectors'
import { useTimeline } from '../store/TimelineContext'

/** The hovered mark's title and time, placed just above it. */
export function MarkTooltip({
  marks,
  surfaceRef,
  zone,
}: {
  marks: RefObject<Map<string, HTMLButtonElement>>
  surfaceRef: RefObject<HTMLDivElement | null>
  zone: string
}) {
  const event = useTimeline((s) =>
    s.hoveredEventId ? (selectEventIndex(s).get(s.hoveredEventId)?.event ?? null) : null,
  )
  const el = event ? marks.current.get(event.id) : undefined
  const surface = surfaceRef.current
  if (!event || !el || !surface) return null
  const box = el.getBoundingClientRect()
  const frame = surface.getBoundingClientRect()
  const left = Math.min(Math.max(4, box.left - frame.left), Math.max(4, frame.width - 260))
  return (
    <div
      role="tooltip"
      className="timeline-tooltip"
      style={{ left, top: Math.max(0, box.top - frame.top - 46) }}
    >
      <div className="font-semibold">{event.title}</div>
      <div className="text-muted">{describeEventTime(event, zone)}</div>
    </div>
  )
}
