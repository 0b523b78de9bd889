import type { DraftContent } from '../model'
import { notifier } from './notifier'
import { changedRecords, contentFromRecords, recordsOf, type StoredRecord } from './records'
import { countsOf, withTombstone, type DraftStorage, type DraftSummary } from './types'

/** Copies as IndexedDB would (structured clone): what is stored never shares objects. */
const copy = <T>(value: T): T => structuredClone(value)

/**
 * Drafts kept for this page view only, with the same records as IndexedDB. Used by tests and
 * where the browser offers no storage. `failWith` makes every write reject (a full disk).
 */
export function createMemoryStorage(options: { failWith?: () => unknown } = {}) {
  const drafts = new Map<string, DraftSummary>()
  const records = new Map<string, Map<string, StoredRecord>>()
  const changes = notifier(null) // Other tabs do not share this memory.
  let failWith = options.failWith

  /** Runs a write unless failing; then tells listeners, as a committed transaction would. */
  async function write(work: () => void) {
    await Promise.resolve()
    if (failWith) throw failWith()
    work()
    changes.notify()
  }

  const storage: DraftStorage = {
    async listDrafts() {
      await Promise.resolve()
      return [...drafts.values()]
        .filter((d) => !d.deletedAt)
        .sort((a, b) => b.updatedAt - a.updatedAt)
        .map(copy)
    },
    saveAll: (draft, content) =>
      write(() => {
        records.set(draft.id, new Map(recordsOf(copy(content)).map((r) => [r[0], r])))
        drafts.set(draft.id, copy(draft))
      }),
    saveChanged: (id, content, keys) =>
      write(() => {
        const { put, remove } = changedRecords(content, keys)
        const held = records.get(id) ?? new Map<string, StoredRecord>()
        for (const [key, value] of put) held.set(key, [key, copy(value)])
        for (const key of remove) held.delete(key)
        records.set(id, held)
        const now = Date.now()
        const old = drafts.get(id) ?? { id, name: '', createdAt: now }
        drafts.set(id, { ...old, updatedAt: now, counts: countsOf(content) })
      }),
    async loadDraft(id): Promise<DraftContent | null> {
      await Promise.resolve()
      const held = records.get(id)
      return drafts.has(id) && held ? copy(contentFromRecords(held.values())) : null
    },
    renameDraft: (id, name) =>
      write(() => {
        const old = drafts.get(id)
        if (old) drafts.set(id, { ...old, name })
      }),
    markDeleted: (id, deleted) =>
      write(() => {
        const old = drafts.get(id)
        if (old) drafts.set(id, withTombstone(old, deleted))
      }),
    purgeDraft: (id) =>
      write(() => {
        drafts.delete(id)
        records.delete(id)
      }),
    subscribe: changes.subscribe,
  }
  return Object.assign(storage, {
    /** Makes writes fail (or succeed again, with undefined), as a browser may at any time. */
    setFailure(next: (() => unknown) | undefined) {
      failWith = next
    },
    /** Whether a draft is held at all, tombstones included (for tests of the undo). */
    holds: (id: string) => drafts.has(id),
  })
}

export type MemoryStorage = ReturnType<typeof createMemoryStorage>
