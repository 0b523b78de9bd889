import type { KindDefinition } from './kinds'

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
  /** A calendar date (`day` precision) that stands for its whole month or year. */
  granularity?: 'month' | 'year'
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
  media?: EventMedia
}

/** One image of an event: `src` is https, or relative to the document's own address. */
export interface EventMedia {
  src: string
  alt: string
  credit?: string
  caption?: string
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
  /** Those of `sourceIds` that carry the exact words; absent when the document does not say. */
  verbatimIn?: SourceId[]
  /** Old ids that still lead to this quote in `#quote=` links. */
  aliases?: QuoteId[]
}

/** One correction to the document, as a newsroom publishes it under the story. */
export interface Correction {
  /** YYYY-MM-DD. */
  date: string
  text: string
}

export interface TimelineDocument {
  title: string
  description?: string
  /** How to read this document, in its authors' words (the trust note). */
  about?: string
  corrections?: Correction[]
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
  /** How some of its kinds look, as the document says (`kinds`); absent when it says nothing. */
  kinds?: KindDefinition[]
  /** Background bands (`eras`), in time order; absent when it has none. */
  eras?: Era[]
}

/** A stretch of time drawn behind the events. */
export interface Era {
  title: string
  startMs: number
  /** The last instant it covers (an end date covers its whole day). */
  endMs: number
  /** As written, so that export gives back what was read. */
  start: string
  end: string
}

export type Severity = 'error' | 'warning'

export interface Problem {
  /** JSON path into the input, e.g. `$.events[3].start` (for CSV: `line 7, column "start"`). */
  path: string
  /** For CSV input: the line (spreadsheet row) the problem is on; the header is line 1. */
  line?: number
  message: string
  severity: Severity
  /** The place in words: "Event 3, “Final vote”, start" (events and quotes counted from 1). */
  where?: string
}

export interface ParseResult {
  /** Null when nothing usable was found. */
  document: TimelineDocument | null
  problems: Problem[]
}

/** Why a document could not be read (any way in: address, file, paste), in plain words. */
export type ReadFailure = { ok: false; code: string; message: string }
/** A document read and checked, or why it could not be read. */
export type ReadOutcome = { ok: true; result: ParseResult } | ReadFailure
