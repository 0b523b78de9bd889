import { createStore } from 'zustand/vanilla'
import {
  rowKey,
  type Collection,
  type DraftContent,
  type Fields,
  type Patch,
  type RecordKey,
  type Row,
} from './model'

/** Undo keeps at least this many steps (the issue asks for 200). */
export const UNDO_LIMIT = 500
/** Edits of one field closer together than this are one undo step: one step per pause. */
export const PAUSE_MS = 1000

/** One undo step: the patches of one edit, a paste or a deletion. */
interface Step {
  patches: Patch[]
  /** Same key and no pause between them: the next edit joins this step. */
  key: string | undefined
  at: number
}

/** What the form shows: the document's own fields, or one row. */
export type Focus = { target: 'meta' } | { target: Collection; uid: string }

export interface StudioState {
  content: DraftContent
  past: Step[]
  future: Step[]
  focus: Focus
  /** Bumped on every change of content, so views can tell one state from the next. */
  revision: number
  /**
   * Applies one edit as one undo step. `key` names the field being typed in: another edit with
   * the same key before a pause joins the step (its first `before`, its last `after`).
   */
  apply: (patches: Patch[], key?: string) => void
  undo: () => void
  redo: () => void
  /** Ends the typing step, so that the next edit starts a step of its own (on blur). */
  seal: () => void
  setFocus: (focus: Focus) => void
  /** Another draft (opened, or read back from storage): history starts again. */
  replace: (content: DraftContent) => void
}

export type StudioStore = ReturnType<typeof createStudioStore>

/** The content with `patches` applied in the direction given (`after` for do, `before` for undo). */
export function applyPatches(
  content: DraftContent,
  patches: readonly Patch[],
  side: 'before' | 'after',
): DraftContent {
  const next: DraftContent = { ...content }
  const touched = new Set<Collection>()
  for (const patch of patches) {
    if (patch.target === 'meta') {
      next.meta = patch[side]
      continue
    }
    const list = touched.has(patch.target) ? next[patch.target] : [...next[patch.target]]
    touched.add(patch.target)
    const at = list.findIndex((r) => r.uid === patch.uid)
    const row = patch[side]
    if (row === null) {
      if (at >= 0) list.splice(at, 1)
    } else if (at >= 0) {
      list[at] = row
    } else {
      // Back where it stood: rows are kept in `order`.
      const before = list.findIndex((r) => r.order > row.order)
      list.splice(before < 0 ? list.length : before, 0, row)
    }
    next[patch.target] = list
  }
  return next
}

const keyOf = (patch: Patch): RecordKey =>
  patch.target === 'meta' ? 'meta' : rowKey(patch.target, patch.uid)

/** Joins a typing step: the first `before` of each record and the last `after`. */
function join(earlier: readonly Patch[], later: readonly Patch[]): Patch[] {
  const out = new Map<RecordKey, Patch>()
  for (const p of earlier) out.set(keyOf(p), p)
  for (const p of later) {
    const first = out.get(keyOf(p))
    out.set(keyOf(p), first ? ({ ...p, before: first.before } as Patch) : p)
  }
  return [...out.values()]
}

/**
 * One store per studio page: the draft's content, its undo history (patches, not copies, so a
 * 10,000-event draft costs an edit's size per step) and the records changed since the last save.
 */
export function createStudioStore(initial: DraftContent, now: () => number = Date.now) {
  /** Records changed since `takeChanged` was last called (the saver writes just these). */
  let changed = new Set<RecordKey>()
  const mark = (patches: readonly Patch[]) => patches.forEach((p) => changed.add(keyOf(p)))

  const store = createStore<StudioState>()((set, get) => ({
    content: initial,
    past: [],
    future: [],
    focus: { target: 'meta' },
    revision: 0,
    apply: (patches, key) => {
      if (patches.length === 0) return
      const { content, past, revision } = get()
      const at = now()
      const last = past[past.length - 1]
      const joins = key !== undefined && last?.key === key && at - last.at < PAUSE_MS
      const step: Step = joins
        ? { patches: join(last.patches, patches), key, at }
        : { patches, key, at }
      const kept = joins ? past.slice(0, -1) : past
      mark(patches)
      set({
        content: applyPatches(content, patches, 'after'),
        past: [...kept, step].slice(-UNDO_LIMIT),
        future: [],
        revision: revision + 1,
      })
    },
    undo: () => {
      const { content, past, future, revision } = get()
      const step = past[past.length - 1]
      if (!step) return
      mark(step.patches)
      set({
        content: applyPatches(content, [...step.patches].reverse(), 'before'),
        past: past.slice(0, -1),
        future: [...future, { ...step, key: undefined }],
        revision: revision + 1,
      })
    },
    redo: () => {
      const { content, past, future, revision } = get()
      const step = future[future.length - 1]
      if (!step) return
      mark(step.patches)
      set({
        content: applyPatches(content, step.patches, 'after'),
        past: [...past, step],
        future: future.slice(0, -1),
        revision: revision + 1,
      })
    },
    seal: () => {
      const { past } = get()
      const last = past[past.length - 1]
      if (last?.key !== undefined)
        set({ past: [...past.slice(0, -1), { ...last, key: undefined }] })
    },
    setFocus: (focus) => set({ focus }),
    replace: (content) => {
      changed = new Set()
      set({
        content,
        past: [],
        future: [],
        focus: { target: 'meta' },
        revision: get().revision + 1,
      })
    },
  }))

  return Object.assign(store, {
    /** The records changed since the last call, and forgets them (the saver's work list). */
    takeChanged(): Set<RecordKey> {
      const out = changed
      changed = new Set()
      return out
    },
  })
}

/** The row of `collection` with this uid, if the draft has it. */
export const findRow = (content: DraftContent, collection: Collection, uid: string): Row | null =>
  content[collection].find((r) => r.uid === uid) ?? null

export type { Fields }
