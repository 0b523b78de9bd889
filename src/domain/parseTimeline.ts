/**
 * The untrusted-input boundary: a document as anyone may write it in, a `TimelineDocument` (or
 * nothing) and every problem found out. The steps each live in their own file: the document's
 * lists (parseLists), each event (parseEvent) with its times (parseTimePoint) and quotes
 * (parseQuote), the view (documentView), and the reporting (problems).
 */
import { parseView } from './documentView'
import { isRecord } from './isRecord'
import type { Ctx } from './parseContext'
import { dropQuotes, parseEvent } from './parseEvent'
import { parseEras, parseList, toKind, toSource } from './parseLists'
import { plainSpeakersInOrder } from './parseQuote'
import { documentRecord } from './parseRecord'
import { Collector, placed } from './problems'
import { documentSchema, kindSchema, sourceSchema, speakerSchema } from './schema'
import { isValidTimeZone } from './time'
import type {
  ParseResult,
  Quote,
  Speaker,
  SpeakerId,
  TimelineDocument,
  TimelineEvent,
} from './types'
import { reportUnknownFields } from './unknownFields'

/** Validates an untrusted document. Never throws: whatever is wrong comes back as problems. */
export function parseTimeline(input: unknown): ParseResult {
  const out = new Collector()
  try {
    const document = parseDocument(input, out)
    return { document, problems: placed(out.problems, input) }
  } catch (err) {
    // A bug here must never take the reader's page down with it.
    out.error(
      '$',
      `The document could not be read (${err instanceof Error ? err.message : 'unknown error'}).`,
    )
    return { document: null, problems: out.problems }
  }
}

/**
 * The document's top level as far as it can be trusted: the schema's data, or (when only some
 * fields are wrong) the raw object, each bad field already reported. Null when nothing can be
 * drawn from it.
 */
function topLevel(input: unknown, out: Collector): Record<string, unknown> | null {
  if (!isRecord(input)) {
    out.error('$', 'A timeline document must be a JSON object with an "events" list.')
    return null
  }
  reportUnknownFields(input, (path, message) => out.warn(path, message))
  const top = documentSchema.safeParse(input)
  if (top.success) return top.data
  // Without events there is nothing to draw; a version we do not know may mean anything.
  const fatal = top.error.issues.some((i) => i.path[0] === 'events' || i.path[0] === 'version')
  out.zod('$', top.error)
  return fatal ? null : input
}

/** The document's zone, or UTC (with an error) when it is not a known IANA zone. */
function timezoneOf(raw: Record<string, unknown>, out: Collector): string {
  const timezone = typeof raw.timezone === 'string' ? raw.timezone : 'UTC'
  if (isValidTimeZone(timezone)) return timezone
  out.error(
    '$.timezone',
    `"${timezone.slice(0, 60)}" is not a known IANA time zone; showing times in UTC.`,
  )
  return 'UTC'
}

function parseDocument(input: unknown, out: Collector): TimelineDocument | null {
  const raw = topLevel(input, out)
  if (!raw) return null
  const title =
    typeof raw.title === 'string' && raw.title.trim() ? raw.title.trim() : 'Untitled timeline'
  const timezone = timezoneOf(raw, out)
  const speakers = parseList(raw.speakers, '$.speakers', speakerSchema, out).map((s): Speaker => ({
    id: s.id as SpeakerId,
    name: s.name,
    ...(s.role ? { role: s.role } : {}),
  }))
  const sources = parseList(raw.sources, '$.sources', sourceSchema, out).map((s, i) =>
    toSource(s, i, out),
  )
  const kinds = parseList(raw.kinds, '$.kinds', kindSchema, out).map(toKind)
  const eras = parseEras(raw.eras, timezone, out)
  const ctx: Ctx = {
    out,
    timezone,
    speakerIds: new Set(speakers.map((s) => s.id)),
    namedSpeakers: Array.isArray(raw.speakers),
    extraSpeakers: new Map(),
    sourceIds: new Set(sources.map((s) => s.id)),
    quoteIds: new Set(),
    aliases: new Set(),
  }
  const { events, quotes } = parseEvents(Array.isArray(raw.events) ? raw.events : [], ctx)
  if (events.length === 0) {
    out.error('$.events', 'The document has no usable events.')
    return null
  }
  const view = parseView(raw.view, events, timezone, out)
  return {
    title,
    ...(typeof raw.description === 'string' ? { description: raw.description } : {}),
    ...documentRecord(raw),
    timezone,
    ...(view ? { view } : {}),
    speakers: [...speakers, ...plainSpeakersInOrder(quotes, ctx.extraSpeakers)],
    sources,
    events,
    quotes,
    ...(kinds.length ? { kinds } : {}),
    ...(eras.length ? { eras } : {}),
  }
}

/** The events that can be shown, each id once, in time order, with their quotes in that order. */
function parseEvents(
  rawEvents: readonly unknown[],
  ctx: Ctx,
): { events: TimelineEvent[]; quotes: Quote[] } {
  const events: TimelineEvent[] = []
  const quotes: Quote[] = []
  const seen = new Set<string>()
  let unsortedAt = -1
  rawEvents.forEach((item, i) => {
    const parsed = parseEvent(item, `$.events[${i}]`, ctx)
    if (!parsed) return
    if (seen.has(parsed.event.id)) {
      ctx.out.error(
        `$.events[${i}].id`,
        `Event id "${parsed.event.id}" is used twice; this event is skipped.`,
      )
      dropQuotes(item, `$.events[${i}]`, ctx)
      return
    }
    seen.add(parsed.event.id)
    const previous = events[events.length - 1]
    if (unsortedAt < 0 && previous && parsed.event.startMs < previous.startMs) unsortedAt = i
    events.push(parsed.event)
    quotes.push(...parsed.quotes)
  })
  if (unsortedAt >= 0) {
    ctx.out.warn(
      `$.events[${unsortedAt}]`,
      'The events are not in time order (this one starts before the one above it); they are shown sorted by start.',
    )
  }
  sortByTime(events, quotes)
  return { events, quotes }
}

/**
 * Sorts the events by time, in place, and the quotes to follow their events' order (document
 * order within an event). A document already in time order has them so (the common case);
 * otherwise they are grouped in one pass, as a sort that looks up both events on every
 * comparison takes seconds at 100,000 events.
 */
function sortByTime(events: TimelineEvent[], quotes: Quote[]): void {
  const byTime = (a: TimelineEvent, b: TimelineEvent) =>
    a.startMs - b.startMs || a.endMs - b.endMs || (a.id < b.id ? -1 : 1)
  if (events.every((e, i) => i === 0 || byTime(events[i - 1]!, e) < 0)) return
  events.sort(byTime)
  const byEvent = new Map<string, Quote[]>()
  for (const q of quotes) {
    const list = byEvent.get(q.eventId)
    if (list) list.push(q)
    else byEvent.set(q.eventId, [q])
  }
  quotes.length = 0
  for (const e of events) for (const q of byEvent.get(e.id) ?? []) quotes.push(q)
}
