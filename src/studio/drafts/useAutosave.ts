import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { StudioStore } from '../createStudioStore'
import { startAutosave, type SaveState } from './autosave'
import type { DraftStorage, DraftSummary } from './types'

/**
 * Saves the draft in `store` while `enabled` (this tab holds the draft: `useDraftLock`), and
 * returns what the save status shows. Switching drafts or leaving writes what is unsaved first;
 * losing the draft to another tab stops at once, without writing over that tab's work.
 */
export function useAutosave(
  store: StudioStore | null,
  draftId: string,
  options: {
    storage: DraftStorage
    enabled?: boolean
    savedAt?: number | null
    /** A new draft, not stored yet: written whole at once, then `onCreated`. */
    create?: DraftSummary | null
    onCreated?: () => void
  },
): SaveState {
  const { storage, enabled = true, savedAt = null, create = null, onCreated } = options
  const [state, setState] = useState<SaveState>({ phase: 'saved', savedAt })
  // Read by the cleanup below: layout effects run before the passive effects' cleanups.
  const stillEnabled = useRef(enabled)
  useLayoutEffect(() => {
    stillEnabled.current = enabled
  }, [enabled])
  useEffect(() => {
    if (!enabled || !store) return
    const saver = startAutosave({
      store,
      storage,
      draftId,
      savedAt,
      create,
      onState: setState,
      ...(onCreated ? { onCreated } : {}),
    })
    return () => void saver.stop({ flush: stillEnabled.current })
    // savedAt seeds the status of a draft just opened; `create` is read when saving starts
    // (a new draft's first write), and clearing it after that write must not restart saving.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, storage, draftId, enabled])
  return state
}
