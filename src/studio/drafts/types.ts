import type { DraftContent, RecordKey } from '../model'

/** How big a draft is, shown in the drafts list without reading its records. */
export interface DraftCounts {
  events: number
  quotes: number
}

/** One draft as the drafts list shows it (the `drafts` store of the database). */
export interface DraftSummary {
  id: string
  name: string
  createdAt: number
  updatedAt: number
  counts: DraftCounts
  /** Set when the draft was deleted and may still be brought back (a tombstone). */
  deletedAt?: number
}

/**
 * Where drafts are kept. The studio uses IndexedDB (`createIdbStorage`); tests and a browser
 * without IndexedDB use the in-memory one. Every method may reject: the caller shows why.
 */
export interface DraftStorage {
  /** The drafts held, newest first, tombstones left out. */
  listDrafts(): Promise<DraftSummary[]>
  /** Writes a whole draft (a new one, or a copy). */
  saveAll(summary: DraftSummary, content: DraftContent): Promise<void>
  /** Writes only the records named, in one transaction, and the draft's summary. */
  saveChanged(id: string, content: DraftContent, keys: ReadonlySet<RecordKey>): Promise<void>
  /** Reads a draft back, rows in their `order`; null when there is no such draft. */
  loadDraft(id: string): Promise<DraftContent | null>
  renameDraft(id: string, name: string): Promise<void>
  /** Marks a draft deleted, now (false: brings it back). Its records stay until `purgeDraft`. */
  markDeleted(id: string, deleted: boolean): Promise<void>
  /** Removes a draft and its records for good. */
  purgeDraft(id: string): Promise<void>
  /** Calls `listener` after any change of the drafts, in this tab or another. */
  subscribe(listener: () => void): () => void
}

/** The counts the drafts list shows for `content`. */
export const countsOf = (content: DraftContent): DraftCounts => ({
  events: content.events.length,
  quotes: content.quotes.length,
})

/** The summary marked deleted now, or brought back. */
export function withTombstone(draft: DraftSummary, deleted: boolean): DraftSummary {
  const out = { ...draft }
  if (deleted) out.deletedAt = Date.now()
  else delete out.deletedAt
  return out
}

/** How long a deleted draft can be brought back ("Draft deleted. Undo"). */
export const UNDO_DELETE_MS = 10_000
