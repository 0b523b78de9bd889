import { useCallback, useEffect, useMemo, useState } from 'react'
import { createStudioStore, type StudioStore } from '../createStudioStore'
import { newUid, type DraftContent } from '../model'
import type { SaveState } from './autosave'
import { copyName, duplicateDraft, nameFor } from './drafts'
import { describeFailure } from './failure'
import { createIdbStorage } from './idbStorage'
import { countsOf, type DraftStorage, type DraftSummary } from './types'
import { useAutosave } from './useAutosave'
import { useDraftLock, type DraftLock } from './useDraftLock'

/** The draft open in this tab; `create` until its first whole write has landed. */
interface Open {
  id: string
  store: StudioStore | null
  create: DraftSummary | null
}

export interface DraftSession {
  storage: DraftStorage
  draftId: string | null
  /** The open draft's store; null before one is started or read, and while another tab has it. */
  store: StudioStore | null
  /** The draft's name in the drafts list (renamed there). */
  name: string
  /** For `SaveStatus`. */
  save: SaveState
  /** For `DraftLockNotice`: `state`, `takeOver`. */
  lock: DraftLock
  /** Why the draft could not be read (gone, or storage refused), in plain words. */
  problem: string | null
  /** Starts a new draft from `content` (empty, an example, a file): stored at once. */
  start: (content: DraftContent, name?: string) => void
  /** Opens a stored draft (the drafts list's `onOpen`). */
  open: (id: string) => void
  /** `DraftLockNotice`'s copy: of the stored draft (elsewhere) or of what this tab shows (taken). */
  openCopy: () => Promise<void>
}

/** Names the open draft in the address (`?draft=<id>`) without a new history entry. */
function showInAddress(id: string) {
  const url = new URL(window.location.href)
  url.searchParams.set('draft', id)
  try {
    window.history.replaceState(window.history.state, '', url)
  } catch {
    // A sandboxed frame may not rewrite its address: the draft stays open, just not in it.
  }
}

const fromAddress = () => new URL(window.location.href).searchParams.get('draft')

/**
 * The studio's drafts in one hook: which draft this tab has open (`?draft=` in the address, so
 * a reload reopens it), the two-tab lock, reading it back, and saving it as it is edited.
 */
export function useDraftSession(options: { storage?: DraftStorage } = {}): DraftSession {
  const storage = useMemo(() => options.storage ?? createIdbStorage(), [options.storage])
  const [current, setCurrent] = useState<Open | null>(() => {
    const id = fromAddress()
    return id ? { id, store: null, create: null } : null
  })
  const [name, setName] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const id = current?.id ?? null
  const lock = useDraftLock(id)
  const mine = lock.state === 'held' || lock.state === 'unsupported'

  // Read the draft once this tab holds it: another tab may have changed it until then.
  const needsRead = mine && current !== null && current.store === null
  useEffect(() => {
    if (!needsRead || !id) return
    let live = true
    storage.loadDraft(id).then(
      (content) => {
        if (!live) return
        if (!content) setProblem('This draft is not in this browser any more.')
        else setCurrent((c) => (c?.id === id ? { ...c, store: createStudioStore(content) } : c))
      },
      (e: unknown) => live && setProblem(`Could not read the draft. ${describeFailure(e)}`.trim()),
    )
    return () => {
      live = false
    }
  }, [needsRead, id, storage])

  // The name as the drafts list has it (renamed there, in this tab or another).
  useEffect(() => {
    if (!id) return
    let live = true
    const read = () =>
      void storage.listDrafts().then(
        (list) => live && setName(list.find((d) => d.id === id)?.name ?? ''),
        () => {},
      )
    read()
    const unsubscribe = storage.subscribe(read)
    return () => {
      live = false
      unsubscribe()
    }
  }, [id, storage])

  const onCreated = useCallback(
    () => setCurrent((c) => (c?.id === id && c.create ? { ...c, create: null } : c)),
    [id],
  )
  const save = useAutosave(current?.store ?? null, id ?? '', {
    storage,
    enabled: mine && Boolean(current?.store),
    create: current?.create ?? null,
    onCreated,
  })

  const start = useCallback((content: DraftContent, given?: string) => {
    const now = Date.now()
    const create: DraftSummary = {
      id: newUid(),
      name: given ?? nameFor(content),
      createdAt: now,
      updatedAt: now,
      counts: countsOf(content),
    }
    showInAddress(create.id)
    setProblem(null)
    setName(create.name)
    setCurrent({ id: create.id, store: createStudioStore(content), create })
  }, [])
  const open = useCallback((next: string) => {
    showInAddress(next)
    setProblem(null)
    setCurrent({ id: next, store: null, create: null })
  }, [])
  const openCopy = useCallback(async () => {
    if (!current) return
    if (lock.state === 'taken' && current.store) {
      start(current.store.getState().content, copyName(name))
      return
    }
    try {
      const copy = await duplicateDraft(storage, current.id, name)
      if (copy) open(copy.id)
    } catch (e) {
      setProblem(`Could not copy the draft. ${describeFailure(e)}`.trim())
    }
  }, [current, lock.state, name, open, start, storage])

  const store = lock.state === 'elsewhere' ? null : (current?.store ?? null)
  return { storage, draftId: id, store, name, save, lock, problem, start, open, openCopy }
}
