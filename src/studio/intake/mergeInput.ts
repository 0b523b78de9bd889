import { fromRaw } from '../content'
import { freeIdAmong, getIn, setIn } from '../edits'
import { fileStem } from '../../lib/fileStem'
import { newUid, type Collection, type DraftContent, type Fields, type Row } from '../model'

/**
 * What a paste (or an import into an open draft) adds: the pasted document's rows, with ids
 * that clash with the draft's made fresh (`freeIdAmong`) and every reference to them following.
 * A speaker or source written exactly as the draft already has it is the same one: it is not
 * added twice, and the pasted rows point at the draft's.
 */

export type Added = Omit<DraftContent, 'meta'>

export interface AddedCounts {
  events: number
  quotes: number
  speakers: number
  sources: number
  eras: number
}

/** Where a source id may be named: an event's and its times' sources, a quote's. */
const SOURCE_REFS: Record<'events' | 'quotes', readonly (readonly string[])[]> = {
  events: [['sources'], ['timing', 'start', 'sources'], ['timing', 'end', 'sources']],
  quotes: [['sources'], ['verbatimIn']],
}

const same = (a: Fields, b: Fields) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Gives each row an id the draft (and the rows before it) does not have: the rows to add (a
 * speaker or source the draft has already is not), and their old → new ids.
 */
function freshIds(
  content: DraftContent,
  collection: Collection,
  rows: readonly Row[],
): { rows: Row[]; renamed: Map<string, string> } {
  const renamed = new Map<string, string>()
  const existing = new Map<unknown, Row>(content[collection].map((r) => [r.data.id, r]))
  const kept: Row[] = []
  const taken = new Set<unknown>(existing.keys())
  for (const row of rows) {
    const id = row.data.id
    if (typeof id === 'string' && taken.has(id)) {
      const twin = existing.get(id)
      const shared = collection === 'speakers' || collection === 'sources'
      if (shared && twin && same(twin.data, row.data)) {
        renamed.set(id, id) // the draft's own: the row is dropped below
        continue
      }
      const fresh = freeIdAmong(taken, id)
      renamed.set(id, fresh)
      row.data = { ...row.data, id: fresh }
    }
    if (typeof row.data.id === 'string') taken.add(row.data.id)
    kept.push(row)
  }
  return { rows: kept, renamed }
}

const mapList = (list: unknown, names: Map<string, string>) =>
  Array.isArray(list) ? list.map((v) => (typeof v === 'string' ? (names.get(v) ?? v) : v)) : list

const nameKey = (name: string) => name.trim().toLowerCase()

/**
 * Speaker ids by id, and by name for the ids a paste does not know: rows from a sheet without
 * speaker rows name speakers plainly ("Dana Ortiz"). In a draft with a speakers list, such a
 * quote's speaker is the listed speaker of that name, or a new one with that name (and no more:
 * nothing is made up about them); participants may stay names.
 */
function speakerIds(content: DraftContent, added: Added, renamed: Map<string, string>) {
  const ids = new Map(renamed)
  const known = new Set<unknown>()
  const byName = new Map<string, string>()
  for (const row of [...content.speakers, ...added.speakers]) {
    const { id, name } = row.data
    if (typeof id !== 'string') continue
    known.add(id)
    if (typeof name === 'string' && !byName.has(nameKey(name))) byName.set(nameKey(name), id)
  }
  const listed = known.size > 0
  return (speaker: string, create: boolean) => {
    const id = ids.get(speaker) ?? (known.has(speaker) ? speaker : byName.get(nameKey(speaker)))
    if (id !== undefined || !create || !listed || !speaker.trim()) return id ?? speaker
    const fresh = freeIdAmong(known, fileStem(speaker, 'speaker'))
    known.add(fresh)
    byName.set(nameKey(speaker), fresh)
    added.speakers.push({ uid: newUid(), order: 0, data: { id: fresh, name: speaker.trim() } })
    return fresh
  }
}

/** The row with the ids it names (speakers, sources) renamed. */
function follow(
  row: Row,
  collection: 'events' | 'quotes',
  speaker: (name: string, create: boolean) => string,
  sources: Map<string, string>,
): void {
  let data = row.data
  for (const path of SOURCE_REFS[collection]) {
    const list = getIn(data, path)
    if (Array.isArray(list)) data = setIn(data, path, mapList(list, sources))
  }
  if (collection === 'quotes' && typeof data.speaker === 'string') {
    data = { ...data, speaker: speaker(data.speaker, true) }
  }
  if (collection === 'events' && Array.isArray(data.participants)) {
    data = {
      ...data,
      participants: data.participants.map((p) => (typeof p === 'string' ? speaker(p, false) : p)),
    }
  }
  row.data = data
}

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== ''

/**
 * The draft's own fields with what the pasted document brings that has a place there: its eras
 * after the draft's, the kinds the draft does not define, and its title and description where
 * the draft has none yet. The draft's zone and view stay. Null when nothing changes.
 */
function mergeMeta(meta: Fields, pasted: Fields): { meta: Fields | null; eras: number } {
  const next: Fields = { ...meta }
  const eras = Array.isArray(pasted.eras) ? pasted.eras : []
  if (eras.length > 0) next.eras = [...(Array.isArray(meta.eras) ? meta.eras : []), ...eras]
  // The look of kinds the draft does not define yet (those it does keep theirs).
  const kinds = Array.isArray(meta.kinds) ? meta.kinds : []
  const defined = new Set(kinds.map((k) => (k as Fields | null)?.id))
  const newKinds = (Array.isArray(pasted.kinds) ? pasted.kinds : []).filter(
    (k) => !defined.has((k as Fields | null)?.id),
  )
  if (newKinds.length > 0) next.kinds = [...kinds, ...newKinds]
  for (const key of ['title', 'description']) {
    if (!filled(meta[key]) && filled(pasted[key])) next[key] = pasted[key]
  }
  return { meta: same(next, meta) ? null : next, eras: eras.length }
}

/**
 * What a document read from a paste or a file adds to `content`: rows, the draft's own fields
 * (null when they stay as they are) and how many of each.
 */
export function mergeInput(
  content: DraftContent,
  raw: unknown,
): { added: Added; meta: Fields | null; counts: AddedCounts } {
  const read = fromRaw(raw)
  const meta = mergeMeta(content.meta, read.meta)
  const speakers = freshIds(content, 'speakers', read.speakers)
  const sources = freshIds(content, 'sources', read.sources)
  const added: Added = {
    speakers: speakers.rows,
    sources: sources.rows,
    events: freshIds(content, 'events', read.events).rows,
    quotes: freshIds(content, 'quotes', read.quotes).rows,
  }
  const speaker = speakerIds(content, added, speakers.renamed)
  // Quotes first: the speakers they add are then known to the events' participants.
  for (const row of added.quotes) follow(row, 'quotes', speaker, sources.renamed)
  for (const row of added.events) follow(row, 'events', speaker, sources.renamed)
  const counts = {
    events: added.events.length,
    quotes: added.quotes.length,
    speakers: added.speakers.length,
    sources: added.sources.length,
    eras: meta.eras,
  }
  return { added, meta: meta.meta, counts }
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/** "12 events and 5 quotes", "1 event, 2 quotes and 1 speaker"; '' for nothing. */
export function describeCounts(counts: AddedCounts): string {
  const parts = (['events', 'quotes', 'speakers', 'sources', 'eras'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => plural(counts[k], k.slice(0, -1)))
  if (parts.length < 2) return parts[0] ?? ''
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}
