/** The normalised, validated document that the app works with. Instants are epoch ms (UTC). */

export type Brand<T, B extends string> = T & { readonly __brand: B }
export type EventId = Brand<string, 'EventId'>
export type QuoteId = Brand<string, 'QuoteId'>
export type SpeakerId = Brand<string, 'SpeakerId'>
export type SourceId = Brand<string, 'SourceId'>

export type Precision = 'exact' | 'approximate' | 'window' | 'derived' | 'day'

/** One clock time with its honesty attached. */
export interface TimePoint {
  /** The time drawn and sorted by (for a window, its earliest bound). */
  ms: number
  precision: Precision
  /** Bounds: a window, or the minutes on which sources disagree. Equal to `ms` when exact. */
  earliestMs: number
  latestMs: number
  note?: string
  sourceIds: SourceId[]
}

export interface Duration {
  label: string
  note?: string
}

export interface Speaker {
  id: SpeakerId
  name: string
  role?: string
}

export interface Source {
  id: SourceId
  title: string
  /** Only http: and https: URLs survive parsing. */
  url?: string
  publisher?: string
}

export interface TimelineEvent {
  id: EventId
  kind: string
  title: string
  start: TimePoint
  end?: TimePoint
  /** Sort and draw keys: start.ms and the latest instant the event may cover. */
  startMs: number
  endMs: number
  duration?: Duration
  summary?: string
  place?: string
  participants: string[]
  sourceIds: SourceId[]
  quoteIds: QuoteId[]
}

export interface Quote {
  id: QuoteId
  eventId: EventId
  speakerId: SpeakerId
  text: string
  context?: string
  sourceIds: SourceId[]
  interpreted: boolean
  note?: string
}

export interface TimelineDocument {
  title: string
  description?: string
  /** IANA zone in which the document's times are shown by default. */
  timezone: string
  /** The range shown first (the document's `view`); absent: the whole timeline. */
  view?: { startMs: number; endMs: number }
  speakers: Speaker[]
  sources: Source[]
  /** Sorted by startMs, then endMs, then id. */
  events: TimelineEvent[]
  /** In event order, then document order within an event. */
  quotes: Quote[]
}

export type Severity = 'error' | 'warning'

export interface Problem {
  /** JSON path into the input, e.g. `$.events[3].start` (for CSV: `line 7, column "start"`). */
  path: string
  /** For CSV input: the line (spreadsheet row) the problem is on; the header is line 1. */
  line?: number
  message: string
  severity: Severity
}

export interface ParseResult {
  /** Null when nothing usable was found. */
  document: TimelineDocument | null
  problems: Problem[]
}
