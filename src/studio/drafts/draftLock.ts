/**
 * One tab at a time saves a draft. The tab that opens it first holds a Web Lock named after it
 * (released by the browser when the tab dies, even killed); a second tab is told the draft is
 * open elsewhere, and waits for the lock. Taking over steals the lock, and a BroadcastChannel
 * message tells the first tab why it lost it: that tab stops saving and says so.
 */

/** `checking`: asking; `held`: this tab saves the draft; `elsewhere`: another tab does;
 * `taken`: another tab took it over from this one; `unsupported`: no Web Locks, so no guard. */
export type DraftLockState = 'checking' | 'held' | 'elsewhere' | 'taken' | 'unsupported'

export const lockName = (draftId: string) => `quoteline-draft:${draftId}`
const CHANNEL = 'quoteline-draft-locks'

interface TakenMessage {
  type: 'taken'
  draftId: string
}

/** The browser's lock manager, where it has one (not in jsdom or an old browser). */
function defaultLocks(): LockManager | null {
  try {
    return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : null
  } catch {
    return null
  }
}

function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL)
  } catch {
    return null
  }
}

/** Claims `draftId` for this tab; `onState` hears every change. `release` when leaving it. */
export function claimDraft(
  draftId: string,
  onState: (state: DraftLockState) => void,
  locks: LockManager | null = defaultLocks(),
) {
  let state: DraftLockState = 'checking'
  let closed = false
  let letGo: (() => void) | null = null
  let waiting: AbortController | null = null
  const channel = openChannel()
  const set = (next: DraftLockState) => {
    if (closed || next === state) return
    state = next
    onState(next)
  }

  /** Holds the lock until released, or until another tab steals it (AbortError). */
  const hold = (options: LockOptions) =>
    Promise.resolve()
      .then(() =>
        locks!.request(lockName(draftId), options, (lock) => {
          if (!lock) {
            set('elsewhere')
            waitForIt()
            return
          }
          if (closed) return
          set('held')
          return new Promise<void>((resolve) => (letGo = resolve))
        }),
      )
      .catch((error: unknown) => {
        // Stolen by another tab, or our own wait given up: only the first is news.
        if ((error as Error).name === 'AbortError') {
          if (state === 'held') set('taken')
        } else if (state === 'checking') {
          // Refused outright (a sandboxed frame's opaque origin): no guard to be had.
          set('unsupported')
        }
      })

  /** Queues for the lock: when the other tab closes, this one holds the draft. */
  const waitForIt = () => {
    waiting = new AbortController()
    void hold({ signal: waiting.signal })
  }

  if (!locks) set('unsupported')
  else void hold({ ifAvailable: true })

  if (channel) {
    channel.onmessage = (e: MessageEvent<TakenMessage>) => {
      if (e.data?.type === 'taken' && e.data.draftId === draftId && state === 'held') {
        set('taken')
        letGo?.()
      }
    }
  }

  return {
    /** Takes the draft from the tab that holds it; that tab stops saving. */
    takeOver() {
      if (!locks || state === 'held') return
      waiting?.abort()
      waiting = null
      void hold({ steal: true })
      channel?.postMessage({ type: 'taken', draftId } satisfies TakenMessage)
    },
    release() {
      closed = true
      waiting?.abort()
      letGo?.()
      channel?.close()
    },
  }
}

/** Whether some tab holds `draftId` now (false where Web Locks are missing or refused). */
export async function isOpenElsewhere(
  draftId: string,
  locks: LockManager | null = defaultLocks(),
): Promise<boolean> {
  if (!locks) return false
  try {
    return await locks.request(lockName(draftId), { ifAvailable: true }, (lock) => lock === null)
  } catch {
    return false
  }
}
