/**
 * What the studio edits: the data document as it is written (docs/format.md), split into
 * records so that an edit, an undo step and a save each touch only the records that changed.
 * Fields stay as written (`unknown`): a draft may be invalid, and nothing typed is thrown away.
 */

/** A record's fields as written in the document (an event's `quotes` live in their own rows). */
export type Fields = Record<string, unknown>

/** The lists a draft holds, one record per item. */
export type Collection = 'speakers' | 'sources' | 'events' | 'quotes'

export const COLLECTIONS: readonly Collection[] = ['speakers', 'sources', 'events', 'quotes']

/** One speaker, source, event or quote. */
export interface Row {
  /** The studio's own key, stable while the item's `id` is edited. */
  uid: string
  /** Where the item stands in its list (saved records are read back in this order). */
  order: number
  data: Fields
  /** A quote's event (its `uid`); null for a quote that belongs to none yet. */
  parent?: string | null
}

/** One draft: the document's own fields (title, zone, kinds, eras, …) and its four lists. */
export interface DraftContent {
  meta: Fields
  speakers: Row[]
  sources: Row[]
  events: Row[]
  quotes: Row[]
}

/** What a save writes: `meta`, or one row of one list. */
export type RecordKey = 'meta' | `${Collection}/${string}`

export const rowKey = (collection: Collection, uid: string): RecordKey => `${collection}/${uid}`

/** One record's change; undo applies `before`, redo `after` (null: the row does not exist). */
export type Patch =
  | { target: 'meta'; before: Fields; after: Fields }
  | { target: Collection; uid: string; before: Row | null; after: Row | null }

export const emptyContent = (): DraftContent => ({
  meta: { version: 1, title: '', timezone: 'UTC' },
  speakers: [],
  sources: [],
  events: [],
  quotes: [],
})

let counter = 0
/** A key unique within this browser: time, a counter and a little randomness. */
export const newUid = (): string =>
  `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 6)}`
