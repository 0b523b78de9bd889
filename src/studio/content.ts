import { newUid, type DraftContent, type Fields, type Row } from './model'

const isRecord = (v: unknown): v is Fields =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** A list item as a record: anything that is not an object is kept as its text in `value`. */
const asFields = (item: unknown): Fields => (isRecord(item) ? { ...item } : { value: item })

const LISTS = ['speakers', 'sources', 'events'] as const

/**
 * A document as written (JSON already parsed, valid or not) as a draft: each event's quotes
 * become rows of their own that name the event, and everything else is kept as it was.
 */
export function fromRaw(raw: unknown): DraftContent {
  const doc = isRecord(raw) ? raw : {}
  const meta: Fields = {}
  for (const [key, value] of Object.entries(doc)) {
    if (!(LISTS as readonly string[]).includes(key)) meta[key] = value
  }
  const rows = (list: unknown): Row[] =>
    (Array.isArray(list) ? list : []).map((item, order) => ({
      uid: newUid(),
      order,
      data: asFields(item),
    }))
  const events = rows(doc.events)
  const quotes: Row[] = []
  for (const event of events) {
    const { quotes: list, ...rest } = event.data
    event.data = rest
    if (!Array.isArray(list)) continue
    for (const quote of list) {
      quotes.push({ uid: newUid(), order: quotes.length, data: asFields(quote), parent: event.uid })
    }
  }
  return { meta, speakers: rows(doc.speakers), sources: rows(doc.sources), events, quotes }
}

/** Where each row of a draft sits in the document `toRaw` writes, to place its problems. */
export interface RawPlaces {
  /** `$.events[3]` and the like, by row uid. */
  pathOf: Map<string, string>
  /** Quotes that name no event (or one that is gone): they are not in the document. */
  orphans: Row[]
}

/** The draft as a document of the format (events with their quotes inside), and where each row went. */
export function toRaw(content: DraftContent): { raw: Fields; places: RawPlaces } {
  const pathOf = new Map<string, string>()
  const byEvent = new Map<string, Row[]>()
  const eventUids = new Set(content.events.map((e) => e.uid))
  const orphans: Row[] = []
  for (const quote of content.quotes) {
    if (!quote.parent || !eventUids.has(quote.parent)) {
      orphans.push(quote)
      continue
    }
    const list = byEvent.get(quote.parent)
    if (list) list.push(quote)
    else byEvent.set(quote.parent, [quote])
  }
  const list = (name: 'speakers' | 'sources', rows: Row[]) =>
    rows.map((row, i) => {
      pathOf.set(row.uid, `$.${name}[${i}]`)
      return row.data
    })
  const raw: Fields = { ...content.meta }
  if (content.speakers.length > 0) raw.speakers = list('speakers', content.speakers)
  if (content.sources.length > 0) raw.sources = list('sources', content.sources)
  raw.events = content.events.map((event, i) => {
    pathOf.set(event.uid, `$.events[${i}]`)
    const quotes = byEvent.get(event.uid)
    if (!quotes) return event.data
    quotes.forEach((q, j) => pathOf.set(q.uid, `$.events[${i}].quotes[${j}]`))
    return { ...event.data, quotes: quotes.map((q) => q.data) }
  })
  return { raw, places: { pathOf, orphans } }
}
