import { useCallback, useEffect, useRef } from 'react'
import { useRestingValue } from '../lib/useRestingValue'
import { scrollWithin } from '../lib/scrollWithin'
import {
  selectEventIndex,
  selectPanelQuotes,
  selectQuoteAnchor,
  selectSourceIndex,
  selectSpeakerIndex,
} from '../store/selectors'
import { CardWindowEdge, useCardWindow } from './useCardWindow'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { QuoteCard } from './QuoteCard'
import { QuoteFilters } from './QuoteFilters'
import { prefersReducedMotion } from '../lib/motion'
import { Button } from '../ui/Button'

/**
 * What was said: the selected event's quote cards, or every card in time order while nothing is
 * selected. Long lists render only a window of cards around the timeline's view (useCardWindow).
 */
export function QuotePanel() {
  const store = useTimelineStore()
  const quotes = useTimeline(selectPanelQuotes)
  // With a selection the counts are the event's own; without, the whole timeline's.
  const total = useTimeline((s) =>
    s.selectedEventId
      ? (selectEventIndex(s).get(s.selectedEventId)?.event.quoteIds.length ?? 0)
      : s.document.quotes.length,
  )
  const sources = useTimeline(selectSourceIndex)
  const speakers = useTimeline(selectSpeakerIndex)
  const events = useTimeline(selectEventIndex)
  const selectedEventId = useTimeline((s) => s.selectedEventId)
  const selectedQuoteId = useTimeline((s) => s.selectedQuoteId)
  const selectionSeq = useTimeline((s) => s.selectionSeq)
  const query = useTimeline((s) => s.filters.text)
  const listRef = useRef<HTMLDivElement>(null)
  const anchorNow = useTimeline(selectQuoteAnchor)
  // Following the timeline's view waits until the view has rested (never in a zoom gesture's
  // way: re-rendering 40 cards costs frames).
  const restingAnchor = useRestingValue(anchorNow, 250)
  const selectedAt = selectedQuoteId ? quotes.findIndex((q) => q.id === selectedQuoteId) : 0
  const anchor = selectedEventId ? Math.max(0, selectedAt) : restingAnchor
  const cards = useCardWindow(quotes.length, anchor)

  // A selection starts its reading at the top of the reading area (the event's title, time and
  // first card), or at its selected quote; never by scrolling the page around an embed.
  useEffect(() => {
    const list = listRef.current
    if (!list || !selectedEventId) return
    const scroller = list.closest<HTMLElement>('[data-reading-scroll]') ?? list
    // Ids are URL-safe by schema, so they need no escaping inside a quoted attribute value.
    const target = selectedQuoteId
      ? list.querySelector<HTMLElement>(`[data-quote-id="${selectedQuoteId}"]`)
      : null
    if (target) scrollWithin(scroller, target, !prefersReducedMotion())
    else scroller.scrollTop = 0
  }, [selectedEventId, selectedQuoteId, selectionSeq])

  // Without a selection a windowed list follows the timeline: its first card in view at the top.
  useEffect(() => {
    const list = listRef.current
    if (!list || !cards.windowed || store.getState().selectedEventId) return
    const target = list.querySelector<HTMLElement>(`[data-card-index="${anchor}"]`)
    if (target) scrollWithin(list, target, false)
  }, [anchor, cards.windowed, store])

  const onSelect = useCallback((id: string) => store.getState().selectQuote(id, 'quote'), [store])
  return (
    <section aria-labelledby="quotes-heading" className="flex min-h-0 flex-col">
      <h2 id="quotes-heading" className="pb-2 text-lg font-bold text-ink">
        What was said
      </h2>
      {/* A selected event's words come first; the search and the speakers follow them. */}
      {selectedEventId ? null : <QuoteFilters shown={quotes.length} total={total} />}
      <div ref={listRef} className="quote-list flex flex-col gap-3">
        {selectedEventId && total === 0 ? (
          <p className="text-sm text-muted">No quotes are recorded for this event.</p>
        ) : quotes.length === 0 ? (
          <p className="rounded-md border border-dashed border-line p-4 text-sm text-muted">
            {total === 0
              ? 'No quotes in this timeline.'
              : 'No quotes match these filters. Clear the search, the speakers or the kinds of event to see them all.'}
          </p>
        ) : null}
        <CardWindowEdge cards={cards} edge="start" total={quotes.length} />
        {quotes.slice(cards.start, cards.end).map((q, k) => {
          const i = cards.start + k
          const event = events.get(q.eventId)?.event
          // A heading starts each event's run of cards.
          const heading =
            event && !selectedEventId && (k === 0 || quotes[i - 1]?.eventId !== q.eventId)
              ? event.title
              : null
          const sp = speakers.get(q.speakerId)
          return (
            <div key={q.id} className="flex flex-col gap-2" data-card-index={i}>
              {heading ? (
                <h3 className="pt-2 text-xs font-bold uppercase tracking-wide text-muted">
                  {heading}
                </h3>
              ) : null}
              <QuoteCard
                quote={q}
                speaker={sp?.speaker}
                speakerIndex={sp?.index ?? 0}
                sources={q.sourceIds.flatMap((id) => sources.get(id) ?? [])}
                eventTitle={event?.title ?? ''}
                selected={q.id === selectedQuoteId}
                inSelectedEvent={q.eventId === selectedEventId}
                query={query}
                onSelect={onSelect}
              />
            </div>
          )
        })}
        <CardWindowEdge cards={cards} edge="end" total={quotes.length} />
        {selectedEventId ? <QuoteFilters shown={quotes.length} total={total} /> : null}
        {selectedEventId ? (
          <p>
            <Button variant="quiet" onClick={() => store.getState().selectEvent(null, 'button')}>
              Show every quote
            </Button>
          </p>
        ) : null}
      </div>
    </section>
  )
}
