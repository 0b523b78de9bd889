import { Suspense } from 'react'
import { resolveZone } from '../domain/formatTime'
import { describeEventWhen, eventDuration } from '../domain/formatSpan'
import { selectSelectedEvent, selectSourceIndex, selectSpeakerIndex } from '../store/selectors'
import { useTimeline } from '../store/TimelineContext'
import { kindStyleOf } from '../domain/kinds'
import { spanNoun } from '../domain/spanWords'
import { Clamp } from '../ui/Clamp'
import { onDemand } from '../ui/PartBoundary'

// Only documents with images need this, and only once an event with one is opened.
const EventMedia = onDemand(() => import('./EventMedia'))
// The rest of the event sits behind a disclosure: its code comes with the first selection.
// A failed download of either is told by the reading panel's PartBoundary, whose Retry imports
// it again (a boundary of their own would cost bytes before the timeline is ready).
const HowWeKnow = onDemand(() => import('./HowWeKnow'))

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
          {event.summary ? (
            <Clamp text={event.summary} className="text-sm leading-6 text-ink" />
          ) : null}
          {event.media ? (
            <Suspense fallback={null}>
              <EventMedia media={event.media} />
            </Suspense>
          ) : null}
          <Suspense fallback={null}>
            <HowWeKnow event={event} sources={sources} speakers={speakers} />
          </Suspense>
        </>
      )}
    </section>
  )
}
