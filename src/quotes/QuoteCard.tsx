import { memo, Suspense, useState } from 'react'
import { initials, speakerColor } from '../domain/speakerStyle'
import type { Quote, Source, Speaker } from '../domain/types'
import type * as CopyQuote from './copyQuote'
import { Clamp } from '../ui/Clamp'
import { onDemand } from '../ui/PartBoundary'
import { Highlighted } from './Highlighted'
import { SourceLinks } from './SourceLinks'

interface Props {
  quote: Quote
  speaker: Speaker | undefined
  speakerIndex: number
  sources: Source[]
  eventTitle: string
  selected: boolean
  inSelectedEvent: boolean
  query: string
  onSelect: (id: string) => void
}

/** The sources, split into those with the exact words and the others when the document says. */
function QuoteSources({
  sources,
  verbatimIn,
}: {
  sources: Source[]
  verbatimIn: readonly string[] | undefined
}) {
  if (!verbatimIn) return <SourceLinks sources={sources} />
  const exact = sources.filter((s) => verbatimIn.includes(s.id))
  const sense = sources.filter((s) => !verbatimIn.includes(s.id))
  return (
    <>
      <SourceLinks sources={exact} label="Exact words" plural="Exact words" />
      <SourceLinks sources={sense} label="Same sense" plural="Same sense" />
    </>
  )
}

// Shown only where the clipboard is refused, so it loads then; a failed download is told by
// the PartBoundary around the panel or the list.
const CopyFallback = onDemand(() =>
  import('../ui/CopyFallback').then((m) => ({ default: m.CopyFallback })),
)

/** Brings the event's mark on screen and puts focus on it, once the timeline has drawn it. */
function showOnTimeline(eventId: string) {
  void import('../lib/land').then(({ land, findEvent }) =>
    land(findEvent(eventId), { focus: true }),
  )
}

type CopyState =
  { kind: 'idle' } | { kind: 'done'; what: string } | { kind: 'fallback'; text: string }

/** One quote: who said it, the words verbatim, its context and its sources. */
export const QuoteCard = memo(function QuoteCard(p: Props) {
  const { quote, speaker } = p
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' })
  const doCopy = async (make: (m: typeof CopyQuote) => string, what: string) => {
    const m = await import('./copyQuote')
    const text = make(m)
    setCopy((await m.copyText(text)) ? { kind: 'done', what } : { kind: 'fallback', text })
  }
  const name = speaker?.name ?? 'Unknown speaker'
  return (
    // The click is a pointer shortcut; "Show on timeline" is the keyboard way to the same action.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <figure
      id={`quote-${quote.id}`}
      data-quote-id={quote.id}
      data-event-id={quote.eventId}
      data-selected={p.selected ? 'true' : undefined}
      data-highlighted={p.inSelectedEvent ? 'true' : undefined}
      // Enter on a mark brings focus here (the reading keys); Tab still goes to its buttons.
      tabIndex={-1}
      className="quote-card m-0 rounded-lg border border-line bg-surface p-4 shadow-sm transition-colors"
      onClick={() => p.onSelect(quote.id)}
    >
      <figcaption className="flex flex-wrap items-start gap-3">
        <span
          aria-hidden="true"
          className="flex size-9 shrink-0 items-center justify-center rounded-full text-sm font-bold text-white"
          style={{ backgroundColor: speakerColor(quote.speakerId, p.speakerIndex) }}
        >
          {initials(name)}
        </span>
        {/* Room for a name before "As interpreted": on a narrow card the badge goes below. */}
        <span className="min-w-0" style={{ flex: '1 1 8rem' }}>
          {/* One line, with an ellipsis; the whole name stays in the text (and its tooltip). */}
          <bdi className="block truncate font-semibold text-ink" title={name}>
            {name}
          </bdi>
          {speaker?.role ? <bdi className="block text-xs text-muted">{speaker.role}</bdi> : null}
        </span>
        {quote.interpreted ? (
          <span className="ml-auto shrink-0 rounded border border-line px-1.5 py-0.5 text-[11px] font-medium text-muted">
            As interpreted
          </span>
        ) : null}
      </figcaption>
      {/* Long text is drawn cut until asked for; never while a search marks its matches. */}
      <Clamp
        text={quote.text}
        whole={p.query}
        quote
        className="my-3 border-l-4 border-line pl-3 font-serif text-[17px] leading-7 text-ink"
      >
        <Highlighted text={quote.text} query={p.query} />
      </Clamp>
      {quote.context ? (
        <Clamp text={quote.context} whole={p.query} className="mt-2 text-sm leading-6 text-muted">
          <Highlighted text={quote.context} query={p.query} />
        </Clamp>
      ) : null}
      {quote.note ? (
        // The box holds the cut text and its toggle: a cut inside padding would show a sliver.
        <div className="mt-2 rounded-md bg-surface-2 px-2 py-1.5 text-xs leading-5 text-ink">
          <Clamp text={quote.note} className="">
            <span className="font-semibold">Note: </span>
            <bdi>{quote.note}</bdi>
          </Clamp>
        </div>
      ) : null}
      <div className="mt-2">
        <QuoteSources sources={p.sources} verbatimIn={quote.verbatimIn} />
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <button
          type="button"
          className="quote-action"
          onClick={(e) => {
            e.stopPropagation()
            void doCopy((m) => m.formatQuoteForCopy(quote, speaker, p.sources), 'Quote copied')
          }}
        >
          Copy quote
        </button>
        <button
          type="button"
          className="quote-action"
          onClick={(e) => {
            e.stopPropagation()
            // From an embed, the link leads to the full view (embed-only options dropped).
            void doCopy(
              (m) => m.quotePermalink(quote.id, m.fullViewUrl(window.location.href, '')),
              'Link copied',
            )
          }}
        >
          Copy link
        </button>
        <button
          type="button"
          className="quote-action"
          aria-label={`Show on timeline: ${p.eventTitle}`}
          onClick={(e) => {
            e.stopPropagation()
            p.onSelect(quote.id)
            showOnTimeline(quote.eventId)
          }}
        >
          Show on timeline
        </button>
        <span role="status" className="text-xs font-medium text-muted">
          {copy.kind === 'done' ? copy.what : ''}
        </span>
      </div>
      {copy.kind === 'fallback' ? (
        <Suspense fallback={null}>
          <CopyFallback text={copy.text} onClose={() => setCopy({ kind: 'idle' })} />
        </Suspense>
      ) : null}
    </figure>
  )
})
