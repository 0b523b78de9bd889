import { useEffect, useState } from 'react'
import { describeFailure } from './failure'
import type { DraftStorage, DraftSummary } from './types'

/** The drafts `storage` holds (null while reading), read again whenever any of them changes. */
export function useDraftsList(storage: DraftStorage) {
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    let reading = 0
    const read = () => {
      const mine = ++reading
      storage.listDrafts().then(
        (list) => {
          // A slower, older read must not replace a newer one.
          if (!live || mine !== reading) return
          setDrafts(list)
          setError(null)
        },
        (e: unknown) => {
          if (!live || mine !== reading) return
          setDrafts([])
          setError(describeFailure(e))
        },
      )
    }
    read()
    const unsubscribe = storage.subscribe(read)
    return () => {
      live = false
      unsubscribe()
    }
  }, [storage])
  return { drafts, error }
}
