import { createStore } from 'zustand/vanilla'
import type { ZoneChoice } from '../domain/formatTime'
import { findQuote, initialView, stepEvent } from '../domain/navigation'
import type { TimelineDocument } from '../domain/types'
import { selectEventIndex, selectFilteredEvents } from './selectors'
import type { DocumentOrigin, TimelineState, TimelineStore } from './state'

// The state's types live in ./state; named here too for the modules that import them with the
// store.
export type * from './state'

/** One store per timeline instance, so two embeds on one page never share state. */
export function createTimelineStore(
  doc: TimelineDocument,
  initial: { zone?: ZoneChoice; origin?: DocumentOrigin } = {},
): TimelineStore {
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
