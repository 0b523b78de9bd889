import { z } from 'zod'

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

export const quoteSchema = z.object({
  id,
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
})

export const speakerSchema = z.object({
  id,
  name: text(200),
  role: text(200).optional(),
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
  timezone: short(100).optional(),
  view: viewSchema.optional(),
  speakers: z.array(z.unknown()).optional(),
  sources: z.array(z.unknown()).optional(),
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
