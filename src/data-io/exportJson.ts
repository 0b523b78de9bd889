import { periodAround } from '../domain/calendar'
import { formatIsoDay, formatIsoInstant } from '../domain/isoFormat'
import type { RawDocument } from '../domain/publishedSchema'
import type { Quote, TimelineDocument, TimelineEvent, TimePoint } from '../domain/types'
import { DAY_MS } from '../domain/time'

/**
 * Export writes the parsed document back in the format as written, so that parsing the export
 * gives back the very same document (a property test pins it). Times are written in the
 * document's own zone, which is how a newsroom would have typed them.
 */

type RawEvent = RawDocument['events'][number]
type RawQuote = NonNullable<RawEvent['quotes']>[number]
type RawDetail = NonNullable<NonNullable<RawEvent['timing']>['start']>

const nonEmpty = <T>(list: readonly T[]): T[] | undefined => (list.length ? [...list] : undefined)

function writeTime(point: TimePoint, timeZone: string): string {
  return point.precision === 'day'
    ? formatIsoDay(point.ms, timeZone)
    : formatIsoInstant(point.ms, timeZone)
}

/** The `timing` detail of one time, or undefined when the time is exact and needs none. */
function writeDetail(point: TimePoint, timeZone: string): RawDetail | undefined {
  const isDay = point.precision === 'day'
  const defaultLatest = point.granularity
    ? periodAround(point.ms, point.granularity, timeZone).endMs - 1
    : isDay
      ? point.ms + DAY_MS - 1
      : point.ms
  const detail: RawDetail = { precision: point.precision === 'day' ? 'exact' : point.precision }
  if (point.earliestMs !== point.ms) detail.earliest = formatIsoInstant(point.earliestMs, timeZone)
  if (point.latestMs !== defaultLatest) detail.latest = formatIsoInstant(point.latestMs, timeZone)
  if (point.note !== undefined) detail.note = point.note
  if (point.sourceIds.length) detail.sources = [...point.sourceIds]
  const needed = Object.keys(detail).length > 1 || detail.precision !== 'exact'
  return needed ? detail : undefined
}

function writeQuote(q: Quote, speakerName: (id: string) => string): RawQuote {
  const raw: RawQuote = { id: q.id, speaker: speakerName(q.speakerId), text: q.text }
  if (q.context !== undefined) raw.context = q.context
  if (q.sourceIds.length) raw.sources = [...q.sourceIds]
  if (q.interpreted) raw.interpreted = true
  if (q.note !== undefined) raw.note = q.note
  if (q.verbatimIn) raw.verbatimIn = [...q.verbatimIn]
  if (q.aliases) raw.aliases = [...q.aliases]
  return raw
}

function writeEvent(e: TimelineEvent, tz: string, quotes: RawQuote[]): RawEvent {
  const raw: RawEvent = { id: e.id, kind: e.kind, title: e.title, start: writeTime(e.start, tz) }
  if (e.end) raw.end = writeTime(e.end, tz)
  const start = writeDetail(e.start, tz)
  const end = e.end && writeDetail(e.end, tz)
  if (start || end || e.duration) {
    raw.timing = {}
    if (start) raw.timing.start = start
    if (end) raw.timing.end = end
    if (e.duration) raw.timing.duration = { ...e.duration }
  }
  if (e.start.granularity || e.end?.granularity) {
    raw.granularity = {}
    if (e.start.granularity) raw.granularity.start = e.start.granularity
    if (e.end?.granularity) raw.granularity.end = e.end.granularity
  }
  if (e.summary !== undefined) raw.summary = e.summary
  if (e.place !== undefined) raw.place = e.place
  if (e.media) raw.media = { ...e.media }
  const participants = nonEmpty(e.participants)
  if (participants) raw.participants = participants
  const sources = nonEmpty(e.sourceIds)
  if (sources) raw.sources = sources
  if (quotes.length) raw.quotes = quotes
  return raw
}

/** Turns a parsed document back into the format as written (what `parseTimeline` reads). */
export function toRawDocument(doc: TimelineDocument): RawDocument {
  // Speakers named only in quotes (no speakers list) were given "name:" ids by the parser.
  const plainNames = doc.speakers.length > 0 && doc.speakers.every((s) => s.id.startsWith('name:'))
  const names = new Map(doc.speakers.map((s) => [s.id as string, s.name]))
  const speakerName = (id: string) => (plainNames ? (names.get(id) ?? id) : id)
  const quotesById = new Map(doc.quotes.map((q) => [q.id as string, q]))
  const raw: RawDocument = { version: 1, title: doc.title, timezone: doc.timezone, events: [] }
  if (doc.description !== undefined) raw.description = doc.description
  if (doc.about !== undefined) raw.about = doc.about
  if (doc.corrections) raw.corrections = doc.corrections.map((c) => ({ ...c }))
  if (doc.view) {
    const { startMs, endMs } = doc.view
    raw.view = {
      start: formatIsoInstant(startMs, doc.timezone),
      end: formatIsoInstant(endMs, doc.timezone),
    }
  }
  if (doc.speakers.length && !plainNames) {
    raw.speakers = doc.speakers.map((s) => (s.role ? { ...s } : { id: s.id, name: s.name }))
  }
  if (doc.sources.length) raw.sources = doc.sources.map((s) => ({ ...s }))
  if (doc.kinds?.length) raw.kinds = doc.kinds.map((k) => ({ ...k }))
  if (doc.eras?.length) raw.eras = doc.eras.map(({ title, start, end }) => ({ title, start, end }))
  raw.events = doc.events.map((e) => {
    const quotes = e.quoteIds.flatMap((id) => {
      const q = quotesById.get(id)
      return q ? [writeQuote(q, speakerName)] : []
    })
    return writeEvent(e, doc.timezone, quotes)
  })
  return raw
}

/** The document as the text of a JSON file; `schemaUrl` becomes its `"$schema"` for editors. */
export function exportJson(doc: TimelineDocument, schemaUrl?: string): string {
  const raw = toRawDocument(doc)
  const withSchema = schemaUrl ? { $schema: schemaUrl, ...raw } : raw
  return `${JSON.stringify(withSchema, null, 2)}\n`
}
