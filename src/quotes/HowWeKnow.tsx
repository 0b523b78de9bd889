import type { Source, TimelineEvent, TimePoint } from '../domain/types'
import type { selectSpeakerIndex } from '../store/selectors'
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

/** The rest of the event, a press away: where, who, and where its times come from. */
export default function HowWeKnow({
  event,
  sources,
  speakers,
}: {
  event: TimelineEvent
  sources: Map<string, Source>
  speakers: ReturnType<typeof selectSpeakerIndex>
}) {
  const cited = event.sourceIds.flatMap((id) => sources.get(id) ?? [])
  return (
    <details className="how-we-know text-sm text-muted">
      <summary className="cursor-pointer font-semibold">Where, who and how we know</summary>
      <div className="flex flex-col gap-2 pt-2">
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm leading-6">
          {event.duration?.note ? (
            <>
              <dt className="font-semibold text-muted">How long</dt>
              <dd className="m-0 text-ink">{event.duration.note}</dd>
            </>
          ) : null}
          {event.place ? (
            <>
              <dt className="font-semibold text-muted">Where</dt>
              <dd className="m-0 text-ink">{event.place}</dd>
            </>
          ) : null}
          {event.participants.length > 0 ? (
            <>
              <dt className="font-semibold text-muted">Who</dt>
              <dd className="m-0 text-ink">
                {event.participants.map((p) => speakers.get(p)?.speaker.name ?? p).join(', ')}
              </dd>
            </>
          ) : null}
        </dl>
        <TimeNote label="Start time" point={event.start} sources={sources} />
        {event.end ? <TimeNote label="End time" point={event.end} sources={sources} /> : null}
        <SourceLinks sources={cited} />
      </div>
    </details>
  )
}
