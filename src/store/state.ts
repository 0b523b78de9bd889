import type { StoreApi } from 'zustand/vanilla'
import type { ZoneChoice } from '../domain/formatTime'
import type { EventId, QuoteId, SpeakerId, TimelineDocument } from '../domain/types'

// The store's shape, apart from the store itself: selectors and the store both read it, and
// neither imports the other for it.

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

/** One timeline's store (createTimelineStore makes it). */
export type TimelineStore = StoreApi<TimelineState>
