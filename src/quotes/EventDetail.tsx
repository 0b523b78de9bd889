import { lazy, Suspense } from 'react'
import { resolveZone } from '../domain/formatTime'
import { describeEventWhen, eventDuration } from '../domain/formatSpan'
import type { Source, TimelineEvent, TimePoint } from '../domain/types'
import { selectSelectedEvent, selectSourceIndex, selectSpeakerIndex } from '../store/selectors'
import { useTimeline } from '../store/TimelineContext'
import { kindStyleOf } from '../domain/kinds'
import { spanNoun } from '../domain/spanWords'
import { SourceLinks } from './SourceLinks'

// Only documents with images need this, and only once an event with one is opened.
const EventMedia = lazy(() => import('./EventMedia'))

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
function HowWeKnow({
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

/** The selected event: what, when (with its precision), how long, where, who, and sources. */
export function EventDetail() {
  const event = useTimeline(selectSelectedEvent)
  const sources = useTimeline(selectSourceIndex)
  const zone = useTimeline((s) => resolveZone(s.zone, s.document.timezone))
  const speakers = useTimeline(selectSpeakerIndex)
  const span = useTimeline((s) => spanNoun(s.document))
  const doc = useTimeline((s) => s.document)

  // The tab panel around this section (with the quotes) belongs to the app's layout.
  return (
    <section aria-label="Event detail" className="flex flex-col gap-2">
      {!event ? (
        <>
          <h2 className="text-lg font-bold text-ink">Explore {span}</h2>
          <p className="text-sm leading-6 text-muted">
            Choose an event on the timeline, use Previous and Next, or the ← and → keys, to see when
            it happened, how sure the sources are of the time, and what was said there.
          </p>
        </>
      ) : (
        <>
          <p className="text-xs font-bold uppercase tracking-wide text-muted">
            {kindStyleOf(doc, event.kind).label}
          </p>
          <h2
            className="font-serif text-2xl leading-tight font-bold text-ink"
            tabIndex={-1}
            data-reading-title
          >
            {event.title}
          </h2>
          <p className="text-sm leading-6 text-ink">
            {describeEventWhen(event, zone)}
            {event.duration || eventDuration(event, zone) ? (
              <span className="text-muted">
                {' · '}
                <span className="sr-only">How long: </span>
                {event.duration?.label ?? eventDuration(event, zone)}
              </span>
            ) : null}
          </p>
          {event.summary ? <p className="text-sm leading-6 text-ink">{event.summary}</p> : null}
          {event.media ? (
            <Suspense fallback={null}>
              <EventMedia media={event.media} />
            </Suspense>
          ) : null}
          <HowWeKnow event={event} sources={sources} speakers={speakers} />
        </>
      )}
    </section>
  )
}
