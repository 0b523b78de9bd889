import {
  COLLECTIONS,
  type Collection,
  type DraftContent,
  type Fields,
  type RecordKey,
  type Row,
} from '../model'

/**
 * A draft as stored: one record per key (`meta`, `events/<uid>`…), so that a save writes only
 * the records that changed. The value is the meta fields, or the row itself.
 */
export type StoredRecord = [key: RecordKey, value: Fields | Row]

/** Splits a record key into its collection and uid (null for `meta`). */
function parseKey(key: RecordKey): { collection: Collection; uid: string } | null {
  if (key === 'meta') return null
  const slash = key.indexOf('/')
  return { collection: key.slice(0, slash) as Collection, uid: key.slice(slash + 1) }
}

/** Every record of a draft (for a whole save). */
export function recordsOf(content: DraftContent): StoredRecord[] {
  const out: StoredRecord[] = [['meta', content.meta]]
  for (const collection of COLLECTIONS) {
    for (const row of content[collection]) out.push([`${collection}/${row.uid}`, row])
  }
  return out
}

/** What saving `keys` means: the records to write, and those gone from the draft to delete. */
export function changedRecords(
  content: DraftContent,
  keys: ReadonlySet<RecordKey>,
): { put: StoredRecord[]; remove: RecordKey[] } {
  const put: StoredRecord[] = []
  const remove: RecordKey[] = []
  // One map per list touched, built once: a paste of 10,000 rows stays linear.
  const byUid = new Map<Collection, Map<string, Row>>()
  for (const key of keys) {
    const parsed = parseKey(key)
    if (!parsed) {
      put.push(['meta', content.meta])
      continue
    }
    let rows = byUid.get(parsed.collection)
    if (!rows) {
      rows = new Map(content[parsed.collection].map((r) => [r.uid, r]))
      byUid.set(parsed.collection, rows)
    }
    const row = rows.get(parsed.uid)
    if (row) put.push([key, row])
    else remove.push(key)
  }
  return { put, remove }
}

/** A draft read back from its records, each list in its rows' `order`. */
export function contentFromRecords(records: Iterable<StoredRecord>): DraftContent {
  const content: DraftContent = { meta: {}, speakers: [], sources: [], events: [], quotes: [] }
  for (const [key, value] of records) {
    const parsed = parseKey(key)
    if (!parsed) content.meta = value as Fields
    else if (COLLECTIONS.includes(parsed.collection)) content[parsed.collection].push(value as Row)
  }
  for (const collection of COLLECTIONS) content[collection].sort((a, b) => a.order - b.order)
  return content
}
