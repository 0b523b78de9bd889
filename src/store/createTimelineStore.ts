import { createStore } from 'zustand/vanilla'
import type { ZoneChoice } from '../domain/formatTime'
import { findQuote, initialView, stepEvent } from '../domain/navigation'
import { selectEventIndex, selectFilteredEvents } from './selectors'
import type { EventId, QuoteId, SpeakerId, TimelineDocument } from '../domain/types'

/** What moved the selection: the timeline pans for every cause, focus moves only for keys. */
export type SelectionCause = 'click' | 'key' | 'button' | 'quote' | 'url' | 'list' | 'host'

export interface Filters {
  /** Empty means every speaker. */
  speakerIds: SpeakerId[]
  /** Empty means every kind. */
  kinds: string[]
  text: string
}

/** How the events are shown: the drawn timeline, or its text alternative, a list. */
export type ViewChoice = 'timeline' | 'list'

export interface Viewport {
  startMs: number
  endMs: number
}

export interface TimelineState {
  document: TimelineDocument
  selectedEventId: EventId | null
  selectedQuoteId: QuoteId | null
  selectionCause: SelectionCause | null
  /** Bumped on every selection so views can react even when the same id is chosen again. */
  selectionSeq: number
  hoveredEventId: EventId | null
  filters: Filters
  /** The committed visible range; never a d3 transform. */
  viewport: Viewport
  zone: ZoneChoice
  view: ViewChoice
  origin: DocumentOrigin
  /** Ids come from clicks, keys and URLs alike; unknown ids are ignored. */
  selectEvent: (id: string | null, cause: SelectionCause) => void
  selectQuote: (id: string, cause: SelectionCause) => void
  /** Moves `delta` events from the selection, or from `fromId` when nothing is selected. */
  step: (delta: number, cause: SelectionCause, fromId?: string) => void
  hover: (id: EventId | null) => void
  setFilters: (patch: Partial<Filters>) => void
  setViewport: (viewport: Viewport) => void
  setZone: (zone: ZoneChoice) => void
  setView: (view: ViewChoice) => void
}

/**
 * Where the document came from: bundled, an address (`?src=`), or a file or paste that lives
 * only in this browser (so an embed code cannot name it until it is published).
 */
export type DocumentOrigin = 'builtin' | 'address' | 'local'

export type TimelineStore = ReturnType<typeof createTimelineStore>

/** One store per timeline instance, so two embeds on one page never share state. */
export function createTimelineStore(
  doc: TimelineDocument,
  initial: { zone?: ZoneChoice; origin?: DocumentOrigin } = {},
) {
  const [startMs, endMs] = initialView(doc)
  return createStore<TimelineState>()((set, get) => ({
    document: doc,
    selectedEventId: null,
    selectedQuoteId: null,
    selectionCause: null,
    selectionSeq: 0,
    hoveredEventId: null,
    filters: { speakerIds: [], kinds: [], text: '' },
    viewport: { startMs, endMs },
    zone: initial.zone ?? 'document',
    origin: initial.origin ?? 'builtin',
    view: 'timeline',
    selectEvent: (id, cause) => {
      const event = id === null ? null : selectEventIndex(get()).get(id)?.event
      if (event === undefined) return
      set((s) => ({
        selectedEventId: event ? event.id : null,
        selectedQuoteId: null,
        selectionCause: cause,
        selectionSeq: s.selectionSeq + 1,
      }))
    },
    selectQuote: (id, cause) => {
      const quote = findQuote(get().document, id)
      if (!quote) return
      set((s) => ({
        selectedEventId: quote.eventId,
        selectedQuoteId: quote.id,
        selectionCause: cause,
        selectionSeq: s.selectionSeq + 1,
      }))
    },
    step: (delta, cause, fromId) => {
      const state = get()
      const events = selectFilteredEvents(state)
      const current = selectEventIndex(state).get(state.selectedEventId ?? fromId ?? '')?.event
      // From an event the kind filter hides, go to the nearest shown one in that direction.
      const next =
        current && !events.includes(current)
          ? delta > 0
            ? events.find((e) => e.startMs > current.startMs)
            : events.findLast((e) => e.startMs < current.startMs)
          : stepEvent(events, current?.id ?? null, delta)
      if (next) state.selectEvent(next.id, cause)
    },
    hover: (id) => set({ hoveredEventId: id }),
    setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
    setViewport: (viewport) => {
      const v = get().viewport
      if (v.startMs !== viewport.startMs || v.endMs !== viewport.endMs) set({ viewport })
    },
    setZone: (zone) => set({ zone }),
    setView: (view) => set({ view }),
  }))
}
