import type { StudioStore } from '../createStudioStore'
import type { RecordKey } from '../model'
import { describeFailure } from './failure'
import { requestPersistence } from './persistence'
import { recordsOf } from './records'
import type { DraftStorage, DraftSummary } from './types'

/** Quiet time after a change before it is written. */
export const DEBOUNCE_MS = 300
/** No change waits longer than this to be written, even while typing goes on. */
export const MAX_WAIT_MS = 1000
/** After a failed write, try again this much later (the browser may have made room). */
export const RETRY_MS = 5000

/** What the save status shows. `savedAt`: when the draft was last written (ms), if known. */
export type SaveState =
  | { phase: 'saved'; savedAt: number | null }
  | { phase: 'saving'; savedAt: number | null }
  | { phase: 'failed'; savedAt: number | null; reason: string }

export interface Autosave {
  /** Writes what is unsaved now (also on `pagehide` and when the tab is hidden). */
  flush(): Promise<void>
  /** Stops saving; with `flush`, writes what is unsaved first. */
  stop(options?: { flush?: boolean }): Promise<void>
}

/**
 * Saves a draft as it is edited: the records changed since the last write (`takeChanged`), in
 * one transaction, within a second of the first unsaved change. A failed write keeps its
 * records for the next one, so nothing is dropped while the browser refuses.
 */
export function startAutosave(options: {
  store: StudioStore
  storage: DraftStorage
  draftId: string
  savedAt?: number | null
  /** A draft not stored yet: its first write is the whole draft, at once (then `onCreated`). */
  create?: DraftSummary | null
  onCreated?: () => void
  onState: (state: SaveState) => void
}): Autosave {
  const { store, storage, draftId, onState } = options
  let create = options.create ?? null
  let pending = new Set<RecordKey>()
  let firstUnsavedAt: number | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  let writing: Promise<void> | null = null
  let again = false
  let stopped = false
  let state: SaveState = { phase: 'saved', savedAt: options.savedAt ?? null }
  const report = (next: SaveState) => {
    state = next
    onState(next)
  }

  function schedule() {
    if (stopped) return
    const now = Date.now()
    firstUnsavedAt ??= now
    clearTimeout(timer)
    const wait = Math.min(DEBOUNCE_MS, firstUnsavedAt + MAX_WAIT_MS - now)
    timer = setTimeout(() => void flush(), Math.max(0, wait))
    // A failure stays on screen until a write succeeds.
    if (state.phase === 'saved') report({ phase: 'saving', savedAt: state.savedAt })
  }

  function flush(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    if (stopped) return Promise.resolve()
    if (writing) {
      again = true
      return writing
    }
    for (const key of store.takeChanged()) pending.add(key)
    firstUnsavedAt = null
    if (pending.size === 0 && !create) return Promise.resolve()
    const keys = pending
    pending = new Set()
    if (state.phase !== 'failed') report({ phase: 'saving', savedAt: state.savedAt })
    const content = store.getState().content
    const whole = create
    const write = whole
      ? storage.saveAll({ ...whole, updatedAt: Date.now() }, content)
      : storage.saveChanged(draftId, content, keys)
    writing = write
      .then(
        () => {
          if (whole) {
            create = null
            // The first draft made: ask the browser to keep the drafts when space runs low.
            void requestPersistence()
            options.onCreated?.()
          }
          if (pending.size === 0) report({ phase: 'saved', savedAt: Date.now() })
        },
        (error: unknown) => {
          // Written later with the content of that moment: nothing is dropped.
          for (const key of keys) pending.add(key)
          report({ phase: 'failed', savedAt: state.savedAt, reason: describeFailure(error) })
          if (!stopped && timer === undefined) timer = setTimeout(() => void flush(), RETRY_MS)
        },
      )
      .finally(() => {
        writing = null
        if (again) {
          again = false
          void flush()
        }
      })
    return writing
  }

  const unsubscribe = store.subscribe((next, prev) => {
    if (next.content === prev.content) return
    // `replace` (history emptied) marks no records: every record of both drafts is written.
    if (next.past.length === 0 && next.future.length === 0) {
      for (const [key] of [...recordsOf(prev.content), ...recordsOf(next.content)]) pending.add(key)
    }
    schedule()
  })
  const onHide = () => void flush()
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') void flush()
  }
  window.addEventListener('pagehide', onHide)
  document.addEventListener('visibilitychange', onVisibility)
  if (create) void flush()

  return {
    flush,
    async stop({ flush: write = false } = {}) {
      if (write) await flush()
      stopped = true
      clearTimeout(timer)
      unsubscribe()
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onVisibility)
    },
  }
}
