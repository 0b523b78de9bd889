import { describeEventTime } from '../domain/formatTime'
import type { TimelineEvent } from '../domain/types'

/** The hovered mark, and the surface the tooltip is placed in. */
export interface TooltipTarget {
  event: TimelineEvent
  mark: HTMLElement
  surface: HTMLElement
}

/**
 * The hovered mark's title and time, placed just above it and kept inside the surface. Only a
 * pointer's hover shows it, so its code loads with the first hover (Timeline.tsx). The title
 * stays on one line (its height is what the placement counts on) and ends in an ellipsis when
 * long: the whole of it is the mark's accessible name and the reading panel's heading.
 */
export default function MarkTooltip({ target, zone }: { target: TooltipTarget; zone: string }) {
  const box = target.mark.getBoundingClientRect()
  const frame = target.surface.getBoundingClientRect()
  const left = Math.min(Math.max(4, box.left - frame.left), Math.max(4, frame.width - 260))
  return (
    <div
      role="tooltip"
      className="timeline-tooltip"
      style={{ left, top: Math.max(0, box.top - frame.top - 46) }}
    >
      <div className="truncate font-semibold">{target.event.title}</div>
      <div className="text-muted">{describeEventTime(target.event, zone)}</div>
    </div>
  )
}
