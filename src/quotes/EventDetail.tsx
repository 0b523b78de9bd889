import { describeEventTime, formatDay, formatDuration, resolveZone } from '../domain/formatTime'
import type { Source, TimePoint } from '../domain/types'
import { selectSelectedEvent, selectSourceIndex, selectSpeakerIndex } from '../store/selectors'
import { useTimeline } from '../store/TimelineContext'
import { kindLabel } from '../domain/kinds'
import { SourceLinks } from './SourceLinks'

function TimeNote({
  label,
  point,
  sources,
}: {
  label: string
  point: TimePoint
  sources: Map<string, Source>
}) {
  if (!point.note) return null
  const cited = point.sourceIds.flatMap((id) => sources.get(id) ?? [])
  return (
    <div className="rounded-md bg-surface-2 px-3 py-2 text-sm leading-6 text-ink">
      <span className="font-semibold">{label}: </span>
      <bdi>{point.note}</bdi>
      {cited.length > 0 ? <SourceLinks sources={cited} /> : null}
    </div>
  )
}

/** The selected event: what, when (with its precision), how long, where, who, and sources. */
export function EventDetail() {
  const event = useTimeline(selectSelectedEvent)
  const sources = useTimeline(selectSourceIndex)
  const zone = useTimeline((s) => resolveZone(s.zone, s.document.timezone))
  const speakers = useTimeline(selectSpeakerIndex)

  // The tab panel around this section (with the quotes) belongs to the app's layout.
  return (
    <section aria-label="Event detail" className="flex flex-col gap-3">
      {!event ? (
        <>
          <h2 className="text-lg font-bold text-ink">Explore the day</h2>
          <p className="text-sm leading-6 text-muted">
            Choose an event on the timeline, use Previous and Next, or the ← and → keys, to see when
            it happened, how sure the sources are of the time, and what was said there.
          </p>
        </>
      ) : (
        <>
          <p className="text-xs font-bold uppercase tracking-wide text-muted">
            {kindLabel(event.kind)}
          </p>
          <h2 className="font-serif text-2xl leading-tight font-bold text-ink">{event.title}</h2>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm leading-6">
            <dt className="font-semibold text-muted">When</dt>
            <dd className="m-0 text-ink">
              {formatDay(event.start.ms, zone)}, {describeEventTime(event, zone)}
            </dd>
            {event.duration || event.end ? (
              <>
                <dt className="font-semibold text-muted">How long</dt>
                <dd className="m-0 text-ink">
                  {event.duration?.label ?? formatDuration((event.end?.ms ?? 0) - event.start.ms)}
                  {event.duration?.note ? (
                    <bdi className="block text-muted">{event.duration.note}</bdi>
                  ) : null}
                </dd>
              </>
            ) : null}
            {event.place ? (
              <>
                <dt className="font-semibold text-muted">Where</dt>
                <dd className="m-0 text-ink">
                  <bdi>{event.place}</bdi>
                </dd>
              </>
            ) : null}
            {event.participants.length > 0 ? (
              <>
                <dt className="font-semibold text-muted">Who</dt>
                <dd className="m-0 text-ink">
                  {event.participants.map((p, i) => (
                    <span key={p}>
                      {i > 0 ? ', ' : ''}
                      <bdi>{speakers.get(p)?.speaker.name ?? p}</bdi>
                    </span>
                  ))}
                </dd>
              </>
            ) : null}
          </dl>
          <TimeNote label="Start time" point={event.start} sources={sources} />
          {event.end ? <TimeNote label="End time" point={event.end} sources={sources} /> : null}
          {event.summary ? <p className="text-base leading-7 text-ink">{event.summary}</p> : null}
          <SourceLinks sources={event.sourceIds.flatMap((id) => sources.get(id) ?? [])} />
          {event.quoteIds.length === 0 ? (
            <p className="text-sm text-muted">No quotes are recorded for this event.</p>
          ) : (
            <p className="text-sm text-muted">
              {event.quoteIds.length === 1 ? '1 quote' : `${event.quoteIds.length} quotes`} from
              this event are highlighted under “What was said”.
            </p>
          )}
        </>
      )}
    </section>
  )
}
