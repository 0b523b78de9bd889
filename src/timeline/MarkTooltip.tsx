import { describeEventTime } from '../domain/formatTime'
import type { TimelineEvent } from '../domain/types'

export interface TooltipAnchor {
  event: TimelineEvent
  /** Position of the hovered mark inside the surface, in CSS pixels. */
  left: number
  top: number
}

/** The hovered mark's title and time, placed just above it. */
export function MarkTooltip({ anchor, zone }: { anchor: TooltipAnchor | null; zone: string }) {
  if (!anchor) return null
  return (
    <div
      role="tooltip"
      className="timeline-tooltip"
      style={{ left: anchor.left, top: Math.max(0, anchor.top - 46) }}
    >
      <div className="font-semibold">{anchor.event.title}</div>
      <div className="text-muted">{describeEventTime(anchor.event, zone)}</div>
    </div>
  )
}

/** Where to put the tooltip for a mark element, kept inside the surface. */
export function anchorFor(
  event: TimelineEvent,
  mark: HTMLElement,
  surface: HTMLElement,
): TooltipAnchor {
  const box = mark.getBoundingClientRect()
  const frame = surface.getBoundingClientRect()
  return {
    event,
    left: Math.min(Math.max(4, box.left - frame.left), Math.max(4, frame.width - 260)),
    top: box.top - frame.top,
  }
}
