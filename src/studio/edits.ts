import { findRow } from './createStudioStore'
import {
  newUid,
  type Collection,
  type DraftContent,
  type Fields,
  type Patch,
  type Row,
} from './model'

/**
 * Edits as patches: pure functions from the draft and what the producer did to the patches that
 * the store applies as one undo step. A field path names nested fields: `['timing', 'start',
 * 'precision']`. Setting `undefined` removes the field (an emptied optional field is absent, not
 * an empty string that the format would refuse), and parents left empty go with it.
 */

const isFields = (v: unknown): v is Fields =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/** `fields` with the value at `path` set (or removed, for `undefined`); the input is not changed. */
export function setIn(fields: Fields, path: readonly string[], value: unknown): Fields {
  const [head, ...rest] = path
  if (head === undefined) return fields
  const out: Fields = { ...fields }
  const inner =
    rest.length === 0 ? value : setIn(isFields(fields[head]) ? fields[head] : {}, rest, value)
  if (
    inner === undefined ||
    (rest.length > 0 && isFields(inner) && Object.keys(inner).length === 0)
  )
    delete out[head]
  else out[head] = inner
  return out
}

/** The value at `path`, or undefined. */
export function getIn(fields: Fields, path: readonly string[]): unknown {
  let at: unknown = fields
  for (const key of path) {
    if (!isFields(at)) return undefined
    at = at[key]
  }
  return at
}

/** Sets one field of a row; null when the row is gone or the value is the same. */
export function fieldPatch(
  content: DraftContent,
  collection: Collection,
  uid: string,
  path: readonly string[],
  value: unknown,
): Patch | null {
  const row = findRow(content, collection, uid)
  if (!row || Object.is(getIn(row.data, path), value)) return null
  return {
    target: collection,
    uid,
    before: row,
    after: { ...row, data: setIn(row.data, path, value) },
  }
}

/** Sets one of the document's own fields (title, timezone, kinds, …). */
export function metaPatch(
  content: DraftContent,
  path: readonly string[],
  value: unknown,
): Patch | null {
  if (Object.is(getIn(content.meta, path), value)) return null
  return { target: 'meta', before: content.meta, after: setIn(content.meta, path, value) }
}

/** Moves a quote to another event (or to none). */
export function parentPatch(
  content: DraftContent,
  uid: string,
  parent: string | null,
): Patch | null {
  const row = findRow(content, 'quotes', uid)
  if (!row || row.parent === parent) return null
  return { target: 'quotes', uid, before: row, after: { ...row, parent } }
}

const nextOrder = (rows: readonly Row[]) => rows.reduce((max, r) => Math.max(max, r.order), -1) + 1

/** A new row at the end of its list; its uid comes back to open it in the form. */
export function addRow(
  content: DraftContent,
  collection: Collection,
  data: Fields,
  parent?: string | null,
): { patch: Patch; uid: string } {
  const uid = newUid()
  const row: Row = { uid, order: nextOrder(content[collection]), data }
  if (collection === 'quotes') row.parent = parent ?? null
  return { patch: { target: collection, uid, before: null, after: row }, uid }
}

/** Removes a row; an event takes its quotes with it (undo brings them all back). */
export function removeRow(content: DraftContent, collection: Collection, uid: string): Patch[] {
  const row = findRow(content, collection, uid)
  if (!row) return []
  const patches: Patch[] = [{ target: collection, uid, before: row, after: null }]
  if (collection === 'events') {
    for (const q of content.quotes) {
      if (q.parent === uid) patches.push({ target: 'quotes', uid: q.uid, before: q, after: null })
    }
  }
  return patches
}

/** A copy of a row (an event with copies of its quotes), placed at the end, with a fresh id. */
export function duplicateRow(
  content: DraftContent,
  collection: Collection,
  uid: string,
  freshId: (id: string) => string,
): { patches: Patch[]; uid: string | null } {
  const row = findRow(content, collection, uid)
  if (!row) return { patches: [], uid: null }
  const withId = (data: Fields) =>
    typeof data.id === 'string' ? { ...data, id: freshId(data.id) } : { ...data }
  const copy = addRow(content, collection, withId(row.data), row.parent)
  const patches = [copy.patch]
  if (collection === 'events') {
    let order = nextOrder(content.quotes)
    for (const q of content.quotes) {
      if (q.parent !== uid) continue
      const quote: Row = { uid: newUid(), order: order++, data: withId(q.data), parent: copy.uid }
      patches.push({ target: 'quotes', uid: quote.uid, before: null, after: quote })
    }
  }
  return { patches, uid: copy.uid }
}

/**
 * Adds what a paste or an import brought (rows from `fromRaw`) at the end of each list, as one
 * step. Rows keep their uids (fresh from `fromRaw`) and quotes their events.
 */
export function insertContent(content: DraftContent, added: Omit<DraftContent, 'meta'>): Patch[] {
  const patches: Patch[] = []
  for (const collection of ['speakers', 'sources', 'events', 'quotes'] as const) {
    let order = nextOrder(content[collection])
    for (const row of added[collection]) {
      patches.push({
        target: collection,
        uid: row.uid,
        before: null,
        after: { ...row, order: order++ },
      })
    }
  }
  return patches
}

/** `base` if no row of `collection` has it as its id, else `base-2`, `base-3`, … */
export function freeId(content: DraftContent, collection: Collection, base: string): string {
  return freeIdAmong(new Set(content[collection].map((r) => r.data.id)), base)
}

/** `base` if `taken` does not hold it, else `base-2`, `base-3`, … (for many ids at once). */
export function freeIdAmong(taken: ReadonlySet<unknown>, base: string): string {
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}
