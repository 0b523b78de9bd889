import { z } from 'zod'
import {
  MAX_EVENTS,
  documentSchema,
  eraSchema,
  eventSchema,
  kindSchema,
  mediaSchema,
  quoteSchema,
  sourceSchema,
  speakerSchema,
  timeDetailSchema,
  viewSchema,
} from './schema'
import { ISO_8601 } from './time'

/**
 * The whole document as one schema, for the published JSON Schema and for typing exports.
 * `parseTimeline` validates list items one by one (so one bad event does not sink the rest);
 * this composes the very same item schemas into one tree, adding only descriptions for editors.
 * It is never imported by the app's initial bundle.
 */

export const SCHEMA_FILE = 'schema/quoteline-1.json'

const time = (what: string) =>
  z
    .string()
    .max(64)
    .regex(ISO_8601)
    .describe(`${what}: ISO 8601 with an offset or Z (2025-08-15T10:20:00-08:00), or a date alone.`)

const detail = timeDetailSchema.extend({
  earliest: time('Earliest bound').optional(),
  latest: time('Latest bound').optional(),
})

const quote = quoteSchema.extend({
  id: quoteSchema.shape.id.describe('Unique and URL-safe; used in #quote=<id> links.'),
  speaker: quoteSchema.shape.speaker.describe(
    'A speaker id from "speakers", or a plain name when there is no "speakers" list.',
  ),
  text: quoteSchema.shape.text.describe('The words, verbatim from the source.'),
})

const timing = eventSchema.shape.timing.unwrap()

const event = eventSchema.extend({
  id: eventSchema.shape.id.describe('Unique and URL-safe; used in #event=<id> links.'),
  kind: eventSchema.shape.kind.describe('Free text, e.g. "meeting"; unknown kinds look neutral.'),
  start: time('Start'),
  end: time('End (absent: an instant)').optional(),
  timing: timing.extend({ start: detail.optional(), end: detail.optional() }).optional(),
  quotes: z.array(quote).optional(),
  media: mediaSchema.optional(),
})

export const publishedDocumentSchema = documentSchema
  .extend({
    $schema: documentSchema.shape.$schema.describe('Where editors find this schema.'),
    version: documentSchema.shape.version.describe('The format version: 1.'),
    timezone: documentSchema.shape.timezone.describe(
      'IANA zone in which times are shown, e.g. "America/Anchorage". Default UTC.',
    ),
    view: viewSchema
      .extend({ start: time('First instant in view'), end: time('Last instant in view') })
      .describe('The range shown first, e.g. the busy part of the day. Absent: all of it.')
      .optional(),
    speakers: z.array(speakerSchema).optional(),
    sources: z.array(sourceSchema).optional(),
    kinds: z.array(kindSchema).optional(),
    eras: z.array(eraSchema.extend({ start: time('Start'), end: time('End') })).optional(),
    events: z.array(event).min(1).max(MAX_EVENTS),
  })
  .meta({
    title: 'Quoteline timeline document, version 1',
    description: 'Events and what was said at them. See docs/format.md.',
  })

/** A document as it is written: what exports produce and imports hand to `parseTimeline`. */
export type RawDocument = z.input<typeof publishedDocumentSchema>

/** Generates the published JSON Schema (draft-07, which most editors understand) from zod. */
export function buildJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(publishedDocumentSchema, { target: 'draft-7' }) as Record<string, unknown>
}
