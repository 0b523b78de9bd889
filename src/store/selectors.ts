import { matchesQuery } from '../domain/search'
import type { Quote, Speaker, TimelineDocument, TimelineEvent } from '../domain/types'
import { firstIndexFrom } from '../domain/visibleWindow'
import { memoizePerKey } from '../lib/memoizePerKey'
import type { Filters, TimelineState } from './state'

const speakerIndex = memoizePerKey(
  (doc: TimelineDocument) =>
    new Map<string, { speaker: Speaker; index: number }>(
      doc.speakers.map((speaker, index) => [speaker.id, { speaker, index }]),
    ),
)

const eventIndex = memoizePerKey(
  // Keyed by plain strings: ids from URLs and keys are looked up before they are trusted.
  (doc: TimelineDocument) =>
    new Map<string, { event: TimelineEvent; index: number }>(
      doc.events.map((e, i) => [e.id, { event: e, index: i }]),
    ),
)

const sourceIndex = memoizePerKey(
  (doc: TimelineDocument) => new Map(doc.sources.map((s) => [s.id, s])),
)

/** Sources by id. */
export const selectSourceIndex = (s: TimelineState) => sourceIndex(s.document)

const filterQuotes = memoizePerKey((doc: TimelineDocument, filters: Filters): Quote[] => {
  const speakers = new Set<string>(filters.speakerIds)
  const kinds = new Set(filters.kinds)
  // No filter at all (every page load): no pass over what may be 300,000 quotes.
  if (speakers.size === 0 && kinds.size === 0 && filters.text.trim() === '') return doc.quotes
  const events = eventIndex(doc)
  const people = speakerIndex(doc)
  return doc.quotes.filter((q) => {
    if (speakers.size > 0 && !speakers.has(q.speakerId)) return false
    const event = events.get(q.eventId)?.event
    if (kinds.size > 0 && event && !kinds.has(event.kind)) return false
    const speaker = people.get(q.speakerId)?.speaker
    return matchesQuery([q.text, q.context, speaker?.name, event?.title], filters.text)
  })
})

/** The quote cards the panel shows, after the speaker, kind and text filters. */
export const selectFilteredQuotes = (s: TimelineState): Quote[] =>
  filterQuotes(s.document, s.filters)

const filterEvents = memoizePerKey((doc: TimelineDocument, filters: Filters): TimelineEvent[] => {
  const kinds = new Set(filters.kinds)
  return kinds.size === 0 ? doc.events : doc.events.filter((e) => kinds.has(e.kind))
})

/** The events the timeline draws, after the kind filter. */
export const selectFilteredEvents = (s: TimelineState): TimelineEvent[] =>
  filterEvents(s.document, s.filters)

/** Speakers by id, with their position in the document (which picks their colour). */
export const selectSpeakerIndex = (s: TimelineState) => speakerIndex(s.document)

/** Events by id, with their position in time order. */
export const selectEventIndex = (s: TimelineState) => eventIndex(s.document)

/** The selected event, or null. */
export const selectSelectedEvent = (s: TimelineState): TimelineEvent | null =>
  s.selectedEventId ? (eventIndex(s.document).get(s.selectedEventId)?.event ?? null) : null

const kinds = memoizePerKey((doc: TimelineDocument) => [...new Set(doc.events.map((e) => e.kind))])

/** Every kind the document uses, in first-seen time order. */
export const selectKinds = (s: TimelineState): string[] => kinds(s.document)

/** The first filtered quote whose event starts at or after `ms` (quotes are in event order). */
function firstQuoteFrom(s: TimelineState, quotes: readonly Quote[], ms: number): number {
  const events = eventIndex(s.document)
  const startOf = (i: number) => events.get(quotes[i]!.eventId)?.event.startMs ?? -Infinity
  return Math.min(firstIndexFrom(quotes.length, startOf, ms), Math.max(0, quotes.length - 1))
}

/**
 * Where the quote list's window of cards is anchored: the selected quote, else the selected
 * event's first quote (or the next one in time), else the first quote at the timeline's view.
 */
export const selectQuoteAnchor = (s: TimelineState): number => {
  const quotes = selectFilteredQuotes(s)
  const selected = selectSelectedEvent(s)
  if (!selected) return firstQuoteFrom(s, quotes, s.viewport.startMs)
  // Quotes are in event order, so the selection's quotes follow the first quote at its start
  // (after those of events that start at the same instant): a search, not an index of 150,000.
  const from = firstQuoteFrom(s, quotes, selected.startMs)
  const events = eventIndex(s.document)
  let first = -1
  for (let i = from; i < quotes.length; i++) {
    const q = quotes[i]!
    if (events.get(q.eventId)?.event.startMs !== selected.startMs) break
    if (q.eventId !== selected.id) continue
    if (q.id === s.selectedQuoteId) return i
    if (first < 0) first = i
  }
  return first >= 0 ? first : from
}

/**
 * Where the list view's window of rows is anchored: the selected event, else the first event
 * at the timeline's view (the list opens where the reader was).
 */
export const selectEventAnchor = (s: TimelineState): number => {
  const at = s.selectedEventId ? eventIndex(s.document).get(s.selectedEventId) : undefined
  if (at) return at.index
  const events = s.document.events
  const lo = firstIndexFrom(events.length, (i) => events[i]!.startMs, s.viewport.startMs)
  return Math.min(lo, Math.max(0, events.length - 1))
}

const quotesOf = memoizePerKey((quotes: Quote[], eventId: string | null): Quote[] =>
  eventId === null ? quotes : quotes.filter((q) => q.eventId === eventId),
)

/**
 * The cards the reading panel shows: the selected event's quotes (after the filters), or every
 * filtered quote while nothing is selected.
 */
export const selectPanelQuotes = (s: TimelineState): Quote[] =>
  quotesOf(selectFilteredQuotes(s), s.selectedEventId)
