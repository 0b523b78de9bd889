import type { DraftContent, RecordKey } from '../model'
import { committed, openDatabase, request } from './idb'
import { notifier } from './notifier'
import { changedRecords, contentFromRecords, recordsOf, type StoredRecord } from './records'
import {
  countsOf,
  UNDO_DELETE_MS,
  withTombstone,
  type DraftStorage,
  type DraftSummary,
} from './types'

export const DB_NAME = 'quoteline-studio'
const DB_VERSION = 1
const DRAFTS = 'drafts'
const RECORDS = 'records'

function upgrade(db: IDBDatabase) {
  if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS, { keyPath: 'id' })
  // Keys are [draftId, recordKey]: one draft's records are one key range.
  if (!db.objectStoreNames.contains(RECORDS)) db.createObjectStore(RECORDS)
}

/** Every record of one draft: arrays sort after strings, so [id, []] bounds them all. */
const draftRange = (id: string) => IDBKeyRange.bound([id], [id, []])

/**
 * The drafts in this browser's IndexedDB (database `quoteline-studio`). The database opens on
 * first use, so a browser that refuses it fails at the first save, where the status says so.
 */
export function createIdbStorage(name = DB_NAME): DraftStorage {
  let opening: Promise<IDBDatabase> | null = null
  const db = () => {
    opening ??= openDatabase(name, DB_VERSION, upgrade).catch((error: unknown) => {
      opening = null // Try again next time: the browser may allow it later.
      throw error
    })
    return opening
  }
  const changes = notifier(`quoteline-drafts:${name}`)

  /** Runs `work` in one read-write transaction and waits for it to commit. */
  async function write(stores: string[], work: (tx: IDBTransaction) => void) {
    const tx = (await db()).transaction(stores, 'readwrite')
    const done = committed(tx)
    work(tx)
    await done
    changes.notify()
  }

  async function summary(id: string): Promise<DraftSummary | undefined> {
    const tx = (await db()).transaction(DRAFTS, 'readonly')
    return request<DraftSummary | undefined>(tx.objectStore(DRAFTS).get(id))
  }

  const putRecords = (tx: IDBTransaction, id: string, records: StoredRecord[]) => {
    const store = tx.objectStore(RECORDS)
    for (const [key, value] of records) store.put(value, [id, key])
  }

  const storage: DraftStorage = {
    async listDrafts() {
      const tx = (await db()).transaction(DRAFTS, 'readonly')
      const all = await request<DraftSummary[]>(tx.objectStore(DRAFTS).getAll())
      // Tombstones past their undo (a tab closed before it could purge them) go now.
      const stale = all.filter((d) => d.deletedAt && Date.now() - d.deletedAt > UNDO_DELETE_MS)
      for (const d of stale) void storage.purgeDraft(d.id).catch(() => {})
      return all.filter((d) => !d.deletedAt).sort((a, b) => b.updatedAt - a.updatedAt)
    },

    saveAll(draft, content) {
      return write([DRAFTS, RECORDS], (tx) => {
        tx.objectStore(RECORDS).delete(draftRange(draft.id))
        putRecords(tx, draft.id, recordsOf(content))
        tx.objectStore(DRAFTS).put(draft)
      })
    },

    saveChanged(id, content, keys: ReadonlySet<RecordKey>) {
      const { put, remove } = changedRecords(content, keys)
      return write([DRAFTS, RECORDS], (tx) => {
        putRecords(tx, id, put)
        for (const key of remove) tx.objectStore(RECORDS).delete([id, key])
        const drafts = tx.objectStore(DRAFTS)
        // The summary is read and written in the same transaction as the records.
        const req = drafts.get(id)
        req.onsuccess = () => {
          const old = req.result as DraftSummary | undefined
          const now = Date.now()
          const base = old ?? { id, name: '', createdAt: now }
          drafts.put({ ...base, updatedAt: now, counts: countsOf(content) })
        }
      })
    },

    async loadDraft(id) {
      if (!(await summary(id))) return null
      const tx = (await db()).transaction(RECORDS, 'readonly')
      const store = tx.objectStore(RECORDS)
      // Keys and values of one range come back in the same order.
      const [keys, values] = await Promise.all([
        request(store.getAllKeys(draftRange(id))),
        request(store.getAll(draftRange(id))),
      ])
      const records = keys.map((k, i): StoredRecord => [(k as [string, RecordKey])[1], values[i]])
      return contentFromRecords(records) satisfies DraftContent
    },

    async renameDraft(id, newName) {
      const old = await summary(id)
      if (!old) return
      await write([DRAFTS], (tx) => tx.objectStore(DRAFTS).put({ ...old, name: newName }))
    },

    async markDeleted(id, deleted) {
      const old = await summary(id)
      if (!old) return
      await write([DRAFTS], (tx) => tx.objectStore(DRAFTS).put(withTombstone(old, deleted)))
    },

    purgeDraft(id) {
      return write([DRAFTS, RECORDS], (tx) => {
        tx.objectStore(RECORDS).delete(draftRange(id))
        tx.objectStore(DRAFTS).delete(id)
      })
    },

    subscribe: changes.subscribe,
  }
  return storage
}
