import { useEffect, useState } from 'react'

/** Whether the browser promised to keep the drafts when space runs low. */
export type Persistence = 'granted' | 'not granted' | 'unknown'

let asked: Promise<boolean> | null = null

/** The browser's storage manager, where it has one (not in a sandbox or an old browser). */
function manager(): StorageManager | null {
  try {
    return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null
  } catch {
    return null
  }
}

/** Asks once per page for persistent storage (when the first draft is made); never throws. */
export function requestPersistence(): Promise<boolean> {
  const storage = manager()
  if (!storage?.persist) return Promise.resolve(false)
  asked ??= storage.persist().catch(() => false)
  return asked
}

/** Reads whether storage is persistent, without asking. */
export async function readPersistence(): Promise<Persistence> {
  const storage = manager()
  if (!storage?.persisted) return 'unknown'
  try {
    return (await storage.persisted()) ? 'granted' : 'not granted'
  } catch {
    return 'unknown'
  }
}

/** The persistence of this page's storage, read again whenever `revision` changes. */
export function usePersistence(revision: unknown): Persistence {
  const [value, setValue] = useState<Persistence>('unknown')
  useEffect(() => {
    let live = true
    void readPersistence().then((p) => live && setValue(p))
    return () => {
      live = false
    }
  }, [revision])
  return value
}
