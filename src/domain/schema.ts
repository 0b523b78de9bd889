import { z } from 'zod'
import { SYMBOL_NAMES, type SymbolName } from './kinds'

/**
 * The data document as it is written (CONTRACT.md §1), the single source of truth for the
 * format. `parseTimeline` validates against it and then normalises into the types of `types.ts`.
 */

const id = z
  .string()
  .min(1, 'must not be empty')
  .max(120, 'must be at most 120 characters')
  .regex(/^[A-Za-z0-9._~-]+$/, 'must be URL-safe: letters, digits, and . _ ~ - only')

const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)

/** ISO strings, zone names and links are short; a capped length keeps a hostile file cheap. */
const short = (max: number) => z.string().max(max, `must be at most ${max} characters`)

/** The most events one document may hold (the app is built and measured for 200,000). */
export const MAX_EVENTS = 250_000

export const precisionSchema = z.enum(['exact', 'approximate', 'window', 'derived'])

/** How sure we are of one clock time, and why. */
export const timeDetailSchema = z.object({
  precision: precisionSchema,
  /** Bounds of a window, or the spread of minutes on which sources disagree. ISO 8601. */
  earliest: short(64).optional(),
  latest: short(64).optional(),
  /** A short note in our own words: where sources differ, how a time was derived. */
  note: text(500).optional(),
  sources: z.array(id).optional(),
})

/**
 * The record's own honesty (issue 12): which sources carry a quote's exact words, the old ids
 * that still lead to it, and the corrections made to the document, as newsrooms publish them.
 */
const quoteRecordFields = {
  /** The ids, among `sources`, of the sources that have these exact words; others have the sense. */
  verbatimIn: z.array(id).optional(),
  /** Old ids of this quote (merged cards): `#quote=<alias>` links still lead here. */
  aliases: z.array(id).max(20, 'must list at most 20 ids').optional(),
}

export const correctionSchema = z.object({
  /** The day the correction was made, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
  text: text(1000),
})

const documentRecordFields = {
  /** How to read this document: shown in its trust note, below the timeline. */
  about: text(1000).optional(),
  corrections: z.array(correctionSchema).max(200, 'must list at most 200 corrections').optional(),
}

export const quoteSchema = z.object({
  id,
  ...quoteRecordFields,
  /** A speaker id from `speakers`, or a plain name when `speakers` is absent. */
  speaker: text(200),
  /** The words, verbatim. */
  text: text(5000),
  /** A line of context, in our own words. */
  context: text(1000).optional(),
  sources: z.array(id).optional(),
  /** True when the words were spoken in another language and these are an interpreter's. */
  interpreted: z.boolean().optional(),
  /** A caveat about the quote or its source, e.g. where sources contradict each other. */
  note: text(1000).optional(),
})

/** One image of an event, shown in the reading panel: https, or relative to the document. */
export const mediaSchema = z.object({
  src: short(2000),
  /** Required: what the image shows, for readers who cannot see it. */
  alt: text(500),
  credit: text(300).optional(),
  caption: text(500).optional(),
})

/** Whole months or years: `granularity` (docs/format.md), a field of its own, not a precision. */
export const calendarUnitSchema = z.enum(['month', 'year'])

export const eventSchema = z.object({
  id,
  kind: text(60),
  title: text(200),
  /** ISO 8601 with an offset or Z; a date alone is a calendar day. */
  start: short(64),
  end: short(64).optional(),
  timing: z
    .object({
      start: timeDetailSchema.optional(),
      end: timeDetailSchema.optional(),
      /** A duration as sources state it ("nearly three hours"), with their disagreements. */
      duration: z.object({ label: text(200), note: text(500).optional() }).optional(),
    })
    .optional(),
  summary: text(2000).optional(),
  place: text(300).optional(),
  /** Speaker ids or plain names. */
  participants: z.array(text(200)).optional(),
  sources: z.array(id).optional(),
  quotes: z.array(z.unknown()).optional(),
  /** One image (`mediaSchema`), checked on its own: a bad image never costs its event. */
  media: z.unknown().optional(),
  /** The start (or end) date stands for the whole month or year it falls in. */
  granularity: z
    .object({ start: calendarUnitSchema.optional(), end: calendarUnitSchema.optional() })
    .optional(),
})

export const speakerSchema = z.object({
  id,
  name: text(200),
  role: text(200).optional(),
})

/** How a kind looks (docs/format.md, `kinds`): each field optional but its id. */
export const kindSchema = z.object({
  id: text(60),
  label: text(60).optional(),
  symbol: z.enum(SYMBOL_NAMES as [SymbolName, ...SymbolName[]]).optional(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour written #rrggbb')
    .optional(),
})

/** A stretch of time drawn as a background band behind the events (docs/format.md, `eras`). */
export const eraSchema = z.object({
  title: text(200),
  /** ISO 8601 as for events; a date alone is a calendar day (an end date includes that day). */
  start: short(64),
  end: short(64),
})

export const sourceSchema = z.object({
  id,
  title: text(400),
  url: short(2000).optional(),
  publisher: text(200).optional(),
})

/** The range a reader sees first, as two ISO 8601 instants (absent: the whole timeline). */
export const viewSchema = z.object({ start: short(64), end: short(64) })

export const documentSchema = z.object({
  $schema: short(2000).optional(),
  /** The format version; a reader refuses versions it does not know (docs/format.md). */
  version: z
    .literal(1, { error: 'must be 1: this reader knows version 1 of the format only' })
    .optional(),
  title: text(300).optional(),
  description: text(2000).optional(),
  ...documentRecordFields,
  timezone: short(100).optional(),
  view: viewSchema.optional(),
  speakers: z.array(z.unknown()).optional(),
  sources: z.array(z.unknown()).optional(),
  /** How the document's kinds look: label, symbol, colour. */
  kinds: z.array(z.unknown()).optional(),
  /** Stretches of time drawn behind the events, not events themselves. */
  eras: z.array(z.unknown()).optional(),
  events: z
    .array(z.unknown())
    .max(
      MAX_EVENTS,
      `has more than ${MAX_EVENTS.toLocaleString('en-US')} events; split it into smaller documents`,
    ),
})

export type RawEvent = z.infer<typeof eventSchema>
export type RawQuote = z.infer<typeof quoteSchema>
export type RawTimeDetail = z.infer<typeof timeDetailSchema>
