import type { z } from 'zod'
import {
  documentSchema,
  eraSchema,
  eventSchema,
  kindSchema,
  mediaSchema,
  quoteSchema,
  sourceSchema,
  speakerSchema,
  type RawTimeDetail,
} from './schema'
import { periodAround, type CalendarUnit } from './calendar'
import type { KindDefinition } from './kinds'
import { documentRecord, quoteRecord } from './parseRecord'
import { describePlace } from './problemPlace'
import { parseView } from './documentView'
import { isValidTimeZone, parseIsoInstant } from './time'
import { reportUnknownFields } from './unknownFields'
import type {
  Era,
  EventId,
  EventMedia,
  ParseResult,
  Problem,
  Quote,
  QuoteId,
  Source,
  SourceId,
  Speaker,
  SpeakerId,
  TimelineDocument,
  TimelineEvent,
  TimePoint,
} from './types'
import { isHttpUrl, isImageSrc } from './urls'

const DAY_MS = 86_400_000

/** Renders a JSON path like `$.events[3].start`. */
export function jsonPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    base,
  )
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
}

/** zod's "Invalid input: expected string, received undefined", said plainly. */
function plainMessage(issue: z.core.$ZodIssue): string {
  const m = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message)
  if (issue.code !== 'invalid_type' || !m) return issue.message
  const [, expected = '', received = ''] = m
  const name = (type: string) => TYPE_NAMES[type] ?? type
  if (received === 'undefined') return `is missing (${name(expected)} is required)`
  return `must be ${name(expected)}, not ${name(received)}`
}

class Collector {
  readonly problems: Problem[] = []
  error(path: string, message: string): void {
    this.problems.push({ path, message, severity: 'error' })
  }
  warn(path: string, message: string): void {
    this.problems.push({ path, message, severity: 'warning' })
  }
  zod(base: string, error: z.ZodError): void {
    for (const issue of error.issues) this.error(jsonPath(base, issue.path), plainMessage(issue))
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

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

/** Each problem with its place in words (the path stays, for developers). */
function placed(problems: Problem[], input: unknown): Problem[] {
  for (const p of problems) {
    const where = describePlace(p.path, input)
    if (where) p.where = where
  }
  return problems
}

/** An event that cannot be shown takes its quotes with it: each one is named, never lost quietly. */
function dropQuotes(item: unknown, path: string, ctx: Ctx): void {
  const quotes = isRecord(item) && Array.isArray(item.quotes) ? item.quotes : []
  quotes.forEach((_, i) =>
    ctx.out.error(
      `${path}.quotes[${i}]`,
      'This quote is dropped, because its event cannot be shown.',
    ),
  )
}

/** An event with quotes and nothing else is most likely a quote row with a mistyped event id. */
function mistypedIdHint(item: unknown): string {
  if (!isRecord(item) || !Array.isArray(item.quotes) || item.quotes.length === 0) return ''
  if (item.kind !== undefined || item.title !== undefined || item.start !== undefined) return ''
  const id = typeof item.id === 'string' ? `“${item.id.slice(0, 60)}”` : 'its id'
  return ` It has quotes but no kind, title or start: is ${id} a mistyped id of another event?`
}

function parseDocument(input: unknown, out: Collector): TimelineDocument | null {
  if (!isRecord(input)) {
    out.error('$', 'A timeline document must be a JSON object with an "events" list.')
    return null
  }
  reportUnknownFields(input, (path, message) => out.warn(path, message))
  const top = documentSchema.safeParse(input)
  if (!top.success) {
    // Without events there is nothing to draw; a version we do not know may mean anything.
    const fatal = top.error.issues.some((i) => i.path[0] === 'events' || i.path[0] === 'version')
    out.zod('$', top.error)
    if (fatal) return null
  }
  const raw = top.success ? top.data : input
  const title =
    typeof raw.title === 'string' && raw.title.trim() ? raw.title.trim() : 'Untitled timeline'
  let timezone = typeof raw.timezone === 'string' ? raw.timezone : 'UTC'
  if (!isValidTimeZone(timezone)) {
    out.error(
      '$.timezone',
      `"${timezone.slice(0, 60)}" is not a known IANA time zone; showing times in UTC.`,
    )
    timezone = 'UTC'
  }
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
  const events: TimelineEvent[] = []
  const quotes: Quote[] = []
  const seen = new Set<string>()
  let unsortedAt = -1
  const rawEvents = Array.isArray(raw.events) ? raw.events : []
  rawEvents.forEach((item, i) => {
    const parsed = parseEvent(item, `$.events[${i}]`, ctx)
    if (!parsed) return
    if (seen.has(parsed.event.id)) {
      out.error(
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
  if (events.length === 0) {
    out.error('$.events', 'The document has no usable events.')
    return null
  }
  if (unsortedAt >= 0) {
    out.warn(
      `$.events[${unsortedAt}]`,
      'The events are not in time order (this one starts before the one above it); they are shown sorted by start.',
    )
  }
  const byTime = (a: TimelineEvent, b: TimelineEvent) =>
    a.startMs - b.startMs || a.endMs - b.endMs || (a.id < b.id ? -1 : 1)
  // Quotes follow their events' order, document order within an event. A document already in
  // time order has them so (the common case); otherwise they are grouped in one pass, as a sort
  // that looks up both events on every comparison takes seconds at 100,000 events.
  if (!events.every((e, i) => i === 0 || byTime(events[i - 1]!, e) < 0)) {
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

/** Eras in time order; one that cannot be read is skipped with an error naming it. */
function parseEras(value: unknown, timeZone: string, out: Collector): Era[] {
  if (!Array.isArray(value)) return []
  const eras: Era[] = []
  value.forEach((item, i) => {
    const path = `$.eras[${i}]`
    const r = eraSchema.safeParse(item)
    if (!r.success) return out.zod(path, r.error)
    const start = parseIsoInstant(r.data.start, timeZone)
    const end = parseIsoInstant(r.data.end, timeZone)
    if (!start.ok) return out.error(`${path}.start`, `${start.message}; this era is skipped.`)
    if (!end.ok) return out.error(`${path}.end`, `${end.message}; this era is skipped.`)
    const endMs = end.isDay ? end.ms + DAY_MS - 1 : end.ms
    if (endMs < start.ms)
      return out.error(`${path}.end`, 'The end is before the start; this era is skipped.')
    eras.push({
      title: r.data.title,
      startMs: start.ms,
      endMs,
      start: r.data.start,
      end: r.data.end,
    })
  })
  return eras.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs)
}

/** A kind's look with only the fields the document gives. */
function toKind(k: z.infer<typeof kindSchema>): KindDefinition {
  const kind: KindDefinition = { id: k.id }
  if (k.label) kind.label = k.label
  if (k.symbol) kind.symbol = k.symbol
  if (k.color) kind.color = k.color.toLowerCase()
  return kind
}

/** Speakers known only by name, in time order of their first quote, whatever the file order. */
function plainSpeakersInOrder(quotes: Quote[], extra: Map<string, Speaker>): Speaker[] {
  const ordered = new Set<Speaker>()
  for (const q of quotes) {
    const speaker = extra.get(q.speakerId)
    if (speaker) ordered.add(speaker)
  }
  return [...ordered]
}

function parseList<T>(value: unknown, base: string, schema: z.ZodType<T>, out: Collector): T[] {
  if (!Array.isArray(value)) return []
  const items: T[] = []
  const ids = new Set<string>()
  value.forEach((item, i) => {
    const r = schema.safeParse(item)
    if (!r.success) return out.zod(`${base}[${i}]`, r.error)
    const id = (r.data as { id: string }).id
    if (ids.has(id)) return out.error(`${base}[${i}].id`, `Id "${id}" is used twice; skipped.`)
    ids.add(id)
    items.push(r.data)
  })
  return items
}

function toSource(s: z.infer<typeof sourceSchema>, i: number, out: Collector): Source {
  const source: Source = { id: s.id as SourceId, title: s.title }
  if (s.publisher) source.publisher = s.publisher
  if (s.url !== undefined) {
    if (isHttpUrl(s.url)) source.url = s.url
    else
      out.warn(`$.sources[${i}].url`, 'Only http and https links are kept; this link is dropped.')
  }
  return source
}

interface Ctx {
  out: Collector
  timezone: string
  speakerIds: Set<string>
  namedSpeakers: boolean
  extraSpeakers: Map<string, Speaker>
  sourceIds: Set<string>
  quoteIds: Set<string>
  aliases: Set<string>
}

function sourceRefs(ids: readonly string[] | undefined, path: string, ctx: Ctx): SourceId[] {
  return (ids ?? []).filter((id, i) => {
    if (ctx.sourceIds.has(id)) return true
    ctx.out.warn(`${path}[${i}]`, `No source has the id "${id}"; the reference is dropped.`)
    return false
  }) as SourceId[]
}

function parseEvent(
  item: unknown,
  path: string,
  ctx: Ctx,
): { event: TimelineEvent; quotes: Quote[] } | null {
  const r = eventSchema.safeParse(item)
  if (!r.success) {
    ctx.out.zod(path, r.error)
    ctx.out.warn(path, `This event is skipped.${mistypedIdHint(item)}`)
    dropQuotes(item, path, ctx)
    return null
  }
  const e = r.data
  const unit = e.granularity
  const start = timePoint(e.start, e.timing?.start, `${path}.start`, ctx, unit?.start)
  if (!start) {
    dropQuotes(item, path, ctx)
    return null
  }
  let end =
    e.end === undefined ? null : timePoint(e.end, e.timing?.end, `${path}.end`, ctx, unit?.end)
  if (end && end.ms < start.ms) {
    ctx.out.error(`${path}.end`, 'The end is before the start; the event is drawn as an instant.')
    end = null
  }
  const id = e.id as EventId
  const quotes = (e.quotes ?? []).flatMap((q, i) => parseQuote(q, `${path}.quotes[${i}]`, id, ctx))
  const event: TimelineEvent = {
    id,
    kind: e.kind,
    title: e.title,
    start,
    startMs: Math.min(start.ms, start.earliestMs),
    endMs: Math.max(end?.ms ?? start.ms, end?.latestMs ?? start.latestMs, start.latestMs),
    participants: e.participants ?? [],
    sourceIds: sourceRefs(e.sources, `${path}.sources`, ctx),
    quoteIds: quotes.map((q) => q.id),
  }
  if (end) event.end = end
  if (e.timing?.duration) {
    event.duration = { label: e.timing.duration.label }
    if (e.timing.duration.note) event.duration.note = e.timing.duration.note
  }
  if (e.summary) event.summary = e.summary
  if (e.place) event.place = e.place
  if (e.media !== undefined) {
    const media = parseMedia(e.media, `${path}.media`, ctx)
    if (media) event.media = media
  }
  return { event, quotes }
}

/** An event's image, or null (with a warning) when it cannot be shown: its event stays. */
function parseMedia(value: unknown, path: string, ctx: Ctx): EventMedia | null {
  const r = mediaSchema.safeParse(value)
  if (!r.success) {
    for (const issue of r.error.issues) {
      ctx.out.warn(jsonPath(path, issue.path), `${plainMessage(issue)}; the image is not shown.`)
    }
    return null
  }
  const { src, alt, credit, caption } = r.data
  if (!isImageSrc(src)) {
    const message =
      'Only https images, or paths relative to this document, are shown; this image is dropped.'
    ctx.out.warn(`${path}.src`, message)
    return null
  }
  return { src: src.trim(), alt, ...(credit && { credit }), ...(caption && { caption }) }
}

function timePoint(
  iso: string,
  detail: RawTimeDetail | undefined,
  path: string,
  ctx: Ctx,
  unit?: CalendarUnit,
): TimePoint | null {
  const parsed = parseIsoInstant(iso, ctx.timezone)
  if (!parsed.ok) {
    ctx.out.error(path, `${parsed.message}; this event is skipped.`)
    return null
  }
  if (unit && !parsed.isDay) {
    const where = path.replace(/\.(start|end)$/, '.granularity.$1')
    ctx.out.warn(where, 'A whole month or year needs a date without a time of day; ignored.')
  }
  const period = unit && parsed.isDay ? periodAround(parsed.ms, unit, ctx.timezone) : null
  const bound = (
    value: string | undefined,
    which: 'earliest' | 'latest',
    fallback: number,
  ): number => {
    if (value === undefined) return fallback
    const b = parseIsoInstant(value, ctx.timezone)
    if (b.ok) return b.ms
    ctx.out.warn(
      `${path.replace(/\.(start|end)$/, '.timing.$1')}.${which}`,
      `${b.message}; ignored.`,
    )
    return fallback
  }
  const ms = period?.startMs ?? parsed.ms
  const lastMs = period ? period.endMs - 1 : parsed.isDay ? ms + DAY_MS - 1 : ms
  let earliestMs = bound(detail?.earliest, 'earliest', ms)
  let latestMs = bound(detail?.latest, 'latest', lastMs)
  if (earliestMs > latestMs) {
    ctx.out.warn(path, 'The earliest bound is after the latest; the bounds are ignored.')
    earliestMs = ms
    latestMs = ms
  }
  const point: TimePoint = {
    ms,
    precision: parsed.isDay ? 'day' : (detail?.precision ?? 'exact'),
    earliestMs: Math.min(earliestMs, ms),
    latestMs: Math.max(latestMs, ms),
    sourceIds: sourceRefs(detail?.sources, `${path}.sources`, ctx),
  }
  if (detail?.note) point.note = detail.note
  if (period && unit) point.granularity = unit
  return point
}

function parseQuote(item: unknown, path: string, eventId: EventId, ctx: Ctx): Quote[] {
  const r = quoteSchema.safeParse(item)
  if (!r.success) {
    ctx.out.zod(path, r.error)
    return []
  }
  const q = r.data
  if (ctx.quoteIds.has(q.id)) {
    ctx.out.error(`${path}.id`, `Quote id "${q.id}" is used twice; this quote is skipped.`)
    return []
  }
  const speakerId = resolveSpeaker(q.speaker, `${path}.speaker`, ctx)
  if (!speakerId) return []
  ctx.quoteIds.add(q.id)
  const quote: Quote = {
    id: q.id as QuoteId,
    eventId,
    speakerId,
    text: q.text,
    sourceIds: sourceRefs(q.sources, `${path}.sources`, ctx),
    interpreted: q.interpreted ?? false,
  }
  if (q.context) quote.context = q.context
  if (q.note) quote.note = q.note
  Object.assign(quote, quoteRecord(q, quote.sourceIds, path, ctx, ctx.out.warn.bind(ctx.out)))
  return [quote]
}

function resolveSpeaker(name: string, path: string, ctx: Ctx): SpeakerId | null {
  if (ctx.speakerIds.has(name)) return name as SpeakerId
  if (ctx.namedSpeakers) {
    ctx.out.error(path, `No speaker has the id "${name}"; this quote is skipped.`)
    return null
  }
  // Without a speakers list, a plain name stands for the speaker.
  const id = `name:${name}` as SpeakerId
  if (!ctx.extraSpeakers.has(id)) ctx.extraSpeakers.set(id, { id, name })
  return id
}
