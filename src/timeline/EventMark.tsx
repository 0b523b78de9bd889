import { memo } from 'react'
import { describeEventTime } from '../domain/formatTime'
import type { TimelineEvent } from '../domain/types'
import { markerFraction, spanGradient } from './geometry'
import { kindStyleOf } from '../domain/kinds'
import { useTimeline } from '../store/TimelineContext'
import { KindShape } from '../ui/KindShape'

interface Props {
  event: TimelineEvent
  selected: boolean
  tabbable: boolean
  /** Drawn in the cluster row: its lane is taken by denser neighbours at this zoom. */
  pinned?: boolean
  /** Its label is drawn to the left, ending where the mark ends (near the data's right end). */
  labelLeft?: boolean
  /** The resolved time zone its accessible name tells the time in. */
  zone: string
  register: (id: string, el: HTMLButtonElement | null) => void
  onSelect: (id: TimelineEvent['id']) => void
  onHover: (id: TimelineEvent['id'] | null) => void
}

/** One event on the timeline: a tab whose position is written by the zoom frame, not by React. */
export const EventMark = memo(function EventMark({
  event,
  selected,
  tabbable,
  pinned = false,
  labelLeft = false,
  zone,
  register,
  onSelect,
  onHover,
}: Props) {
  const look = kindStyleOf(
    useTimeline((s) => s.document),
    event.kind,
  )
  const gradient = spanGradient(event)
  const approximate = event.start.precision !== 'exact' && event.start.precision !== 'day'
  return (
    <button
      type="button"
      role="tab"
      ref={(el) => {
        register(event.id, el)
        return () => register(event.id, null)
      }}
      id={`mark-${event.id}`}
      className="mark"
      aria-selected={selected}
      aria-controls="event-panel"
      aria-label={`${event.title}, ${describeEventTime(event, zone)}`}
      tabIndex={tabbable ? 0 : -1}
      data-event-id={event.id}
      data-event-kind={event.kind}
      data-kind-style={look.styleKey}
      style={{ ['--mark' as string]: look.color }}
      data-selected={selected ? 'true' : undefined}
      data-approximate={approximate ? 'true' : undefined}
      data-pinned={pinned ? 'true' : undefined}
      data-label-left={labelLeft ? 'true' : undefined}
      onClick={() => onSelect(event.id)}
      onPointerEnter={() => onHover(event.id)}
      onPointerLeave={() => onHover(null)}
    >
      <span
        className="mark-span"
        style={gradient ? { backgroundImage: gradient } : undefined}
        aria-hidden="true"
      >
        <KindShape
          kind={event.kind}
          path={look.path}
          className="mark-dot"
          style={{ left: `${markerFraction(event) * 100}%` }}
        />
      </span>
      <span className="mark-label" aria-hidden="true">
        {event.title}
      </span>
    </button>
  )
})
