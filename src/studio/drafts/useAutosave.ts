import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { StudioStore } from '../createStudioStore'
import { startAutosave, type SaveState } from './autosave'
import type { DraftStorage } from './types'

/**
 * Saves the draft in `store` while `enabled` (this tab holds the draft: `useDraftLock`), and
 * returns what the save status shows. Switching drafts or leaving writes what is unsaved first;
 * losing the draft to another tab stops at once, without writing over that tab's work.
 */
export function useAutosave(
  store: StudioStore,
  draftId: string,
  options: { storage: DraftStorage; enabled?: boolean; savedAt?: number | null },
): SaveState {
  const { storage, enabled = true, savedAt = null } = options
  const [state, setState] = useState<SaveState>({ phase: 'saved', savedAt })
  // Read by the cleanup below: layout effects run before the passive effects' cleanups.
  const stillEnabled = useRef(enabled)
  useLayoutEffect(() => {
    stillEnabled.current = enabled
  }, [enabled])
  useEffect(() => {
    if (!enabled) return
    const saver = startAutosave({ store, storage, draftId, savedAt, onState: setState })
    return () => void saver.stop({ flush: stillEnabled.current })
    // savedAt only seeds the status of a draft just opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, storage, draftId, enabled])
  return state
}
