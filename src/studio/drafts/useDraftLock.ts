import { useCallback, useEffect, useRef, useState } from 'react'
import { claimDraft, type DraftLockState } from './draftLock'

export interface DraftLock {
  state: DraftLockState
  /** Takes the draft from the other tab (which stops saving and says why). */
  takeOver: () => void
}

/**
 * Whether this tab may save `draftId` (null: no draft open). Save only while `state` is
 * `held` or `unsupported`; when it turns to `held` after `elsewhere`, read the draft again from
 * storage: the other tab may have changed it. `locks` replaces `navigator.locks` (tests).
 */
export function useDraftLock(draftId: string | null, locks?: LockManager | null): DraftLock {
  // The state heard for one draft: another draft starts at `checking`.
  const [heard, setHeard] = useState<{ id: string; state: DraftLockState } | null>(null)
  const claim = useRef<ReturnType<typeof claimDraft> | null>(null)
  useEffect(() => {
    if (draftId === null) return
    const onState = (state: DraftLockState) => setHeard({ id: draftId, state })
    const c =
      locks === undefined ? claimDraft(draftId, onState) : claimDraft(draftId, onState, locks)
    claim.current = c
    return () => {
      c.release()
      if (claim.current === c) claim.current = null
    }
  }, [draftId, locks])
  const takeOver = useCallback(() => claim.current?.takeOver(), [])
  const state = heard && heard.id === draftId ? heard.state : 'checking'
  return { state, takeOver }
}
