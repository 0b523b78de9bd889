/**
 * A small promise wrapper over IndexedDB: just what the drafts need, no dependency.
 * Every failure rejects with the browser's own DOMException, whose name says why
 * (QuotaExceededError, SecurityError, …): the save status shows it.
 */

/** The result of one request. */
export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

/** Resolves when the transaction has committed; rejects when it fails or is aborted. */
export function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    // A quota error often shows only as the abort of the whole transaction.
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
    tx.onabort = () => reject(tx.error ?? new DOMException('The write was aborted', 'AbortError'))
  })
}

/** Thrown when the browser offers no IndexedDB at all. */
export class NoIndexedDbError extends Error {
  override name = 'NoIndexedDbError'
  constructor() {
    super('this browser offers no IndexedDB')
  }
}

/** Opens (and creates or upgrades) a database. */
export function openDatabase(
  name: string,
  version: number,
  upgrade: (db: IDBDatabase) => void,
): Promise<IDBDatabase> {
  let factory: IDBFactory | undefined
  try {
    // Reading `indexedDB` itself throws a SecurityError in some sandboxes.
    factory = globalThis.indexedDB
  } catch (error) {
    return Promise.reject(error)
  }
  if (!factory) return Promise.reject(new NoIndexedDbError())
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest
    try {
      req = factory.open(name, version)
    } catch (error) {
      reject(error)
      return
    }
    req.onupgradeneeded = () => upgrade(req.result)
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'))
    req.onblocked = () =>
      reject(new DOMException('An older studio tab holds the database open', 'InvalidStateError'))
  })
}
