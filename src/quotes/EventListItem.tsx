import { describeEventWhen } from '../domain/formatSpan'
import { kindStyleOf } from '../domain/kinds'
import type { Quote, Source, Speaker, TimelineEvent } from '../domain/types'
import { useTimeline } from '../store/TimelineContext'
import { SourceLinks } from './SourceLinks'

interface Props {
  event: TimelineEvent
  quotes: Quote[]
  zone: string
  sources: Map<string, Source>
  speakers: Map<string, { speaker: Speaker }>
  selected: boolean
  selectedQuoteId: string | null
  onSelect: (id: string) => void
}

const cited = (ids: readonly string[], sources: Map<string, Source>) =>
  ids.flatMap((id) => sources.get(id) ?? [])

/** One event of the list view: a heading button that selects it, then all it holds, as text. */
export function EventListItem({ event, quotes, zone, sources, speakers, ...p }: Props) {
  const doc = useTimeline((s) => s.document)
  const who = event.participants.map((id) => speakers.get(id)?.speaker.name ?? id)
  return (
    <li
      className="event-row rounded-lg border border-line bg-surface p-4"
      data-list-event-id={event.id}
      data-selected={p.selected ? 'true' : undefined}
    >
      <p className="text-xs font-bold uppercase tracking-wide text-muted">
        {kindStyleOf(doc, event.kind).label} ·{' '}
        <time dateTime={new Date(event.start.ms).toISOString()}>
          {describeEventWhen(event, zone)}
        </time>
      </p>
      <h3 className="mt-1 font-serif text-xl leading-tight font-bold text-ink">
        <button
          type="button"
          className="event-row-select"
          aria-current={p.selected ? 'true' : undefined}
          onClick={() => p.onSelect(event.id)}
        >
          <bdi>{event.title}</bdi>
        </button>
      </h3>
      {event.start.note ? (
        <p className="mt-1 text-sm leading-6 text-muted">{event.start.note}</p>
      ) : null}
      {event.summary ? <p className="mt-2 text-base leading-7 text-ink">{event.summary}</p> : null}
      {who.length > 0 ? (
        <p className="mt-2 text-sm text-ink">
          <span className="font-semibold">Who: </span>
          {who.map((name, i) => (
            <span key={i}>
              {i > 0 ? ', ' : ''}
              <bdi>{name}</bdi>
            </span>
          ))}
        </p>
      ) : null}
      <div className="mt-1">
        <SourceLinks sources={cited(event.sourceIds, sources)} />
      </div>
      {quotes.length > 0 ? (
        <ul className="m-0 mt-3 flex list-none flex-col gap-3 p-0" aria-label="Quotes">
          {quotes.map((q) => (
            <li key={q.id}>
              <ListQuote
                quote={q}
                speaker={speakers.get(q.speakerId)?.speaker}
                sources={cited(q.sourceIds, sources)}
                selected={q.id === p.selectedQuoteId}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-muted">No quotes are recorded for this event.</p>
      )}
    </li>
  )
}

/** A quote as plain text: who, the words verbatim, context and sources. */
function ListQuote(p: {
  quote: Quote
  speaker: Speaker | undefined
  sources: Source[]
  selected: boolean
}) {
  const { quote, speaker } = p
  return (
    <figure
      className="m-0 border-l-4 border-line pl-3"
      data-quote-id={quote.id}
      data-event-id={quote.eventId}
      data-selected={p.selected ? 'true' : undefined}
    >
      <blockquote className="m-0 font-serif text-[17px] leading-7 text-ink">
        {quote.text}
      </blockquote>
      <figcaption className="mt-1 text-sm text-ink">
        — <bdi>{speaker?.name ?? 'Unknown speaker'}</bdi>
        {speaker?.role ? (
          <>
            , <bdi>{speaker.role}</bdi>
          </>
        ) : null}
        {quote.interpreted ? ' (as interpreted)' : ''}
      </figcaption>
      {quote.context ? <p className="mt-1 text-sm leading-6 text-muted">{quote.context}</p> : null}
      {quote.note ? (
        <p className="mt-1 text-xs leading-5 text-ink">
          <span className="font-semibold">Note: </span>
          <bdi>{quote.note}</bdi>
        </p>
      ) : null}
      <SourceLinks sources={p.sources} />
    </figure>
  )
}
