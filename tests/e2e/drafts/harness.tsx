/**
 * A bare page for the drafts' browser tests (built by studioDrafts.spec.ts, served by a route):
 * the drafts code as the studio wires it, on real IndexedDB, Web Locks and BroadcastChannel,
 * with one field (the title) to edit. `?draft=<id>` opens a draft; without it, one is made.
 */
import { useEffect, useMemo, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { useStore } from 'zustand'
import { createStudioStore, type StudioStore } from '../../../src/studio/createStudioStore'
import { metaPatch } from '../../../src/studio/edits'
import { emptyContent } from '../../../src/studio/model'
import { DraftLockNotice } from '../../../src/studio/drafts/DraftLockNotice'
import { DraftsList } from '../../../src/studio/drafts/DraftsList'
import { createDraft, duplicateDraft } from '../../../src/studio/drafts/drafts'
import { describeFailure } from '../../../src/studio/drafts/failure'
import { createIdbStorage } from '../../../src/studio/drafts/idbStorage'
import { SaveStatus } from '../../../src/studio/drafts/SaveStatus'
import type { DraftStorage } from '../../../src/studio/drafts/types'
import { useAutosave } from '../../../src/studio/drafts/useAutosave'
import { useDraftLock } from '../../../src/studio/drafts/useDraftLock'

const open = (id: string) => location.assign(`?draft=${id}`)

function Editor(props: { store: StudioStore; id: string; storage: DraftStorage; saving: boolean }) {
  const { store, id, storage, saving } = props
  const state = useAutosave(store, id, { storage, enabled: saving })
  const title = useStore(store, (s) => s.content.meta.title)
  return (
    <>
      <SaveStatus state={state} onExport={() => {}} />
      <label>
        Title
        <input
          value={typeof title === 'string' ? title : ''}
          onChange={(e) => {
            const patch = metaPatch(store.getState().content, ['title'], e.target.value)
            if (patch) store.getState().apply([patch], 'meta/title')
          }}
        />
      </label>
    </>
  )
}

function Harness() {
  const storage = useMemo(() => createIdbStorage(), [])
  const [id, setId] = useState(() => new URLSearchParams(location.search).get('draft'))
  const [failure, setFailure] = useState<string | null>(null)
  const [store, setStore] = useState<StudioStore | null>(null)
  const lock = useDraftLock(id)
  const saving = lock.state === 'held' || lock.state === 'unsupported'

  useEffect(() => {
    if (id) return
    createDraft(storage, emptyContent(), 'Harness draft').then(
      (draft) => {
        history.replaceState(null, '', `?draft=${draft.id}`)
        setId(draft.id)
      },
      (e: unknown) => setFailure(describeFailure(e)),
    )
  }, [id, storage])

  // Read the draft each time this tab comes to hold it: another tab may have changed it.
  useEffect(() => {
    if (!id || !saving) return
    let live = true
    storage.loadDraft(id).then(
      (content) => live && content && setStore(createStudioStore(content)),
      (e: unknown) => live && setFailure(describeFailure(e)),
    )
    return () => {
      live = false
    }
  }, [id, saving, storage])

  const copy = async () => {
    if (!id) return
    const made =
      lock.state === 'taken' && store
        ? await createDraft(storage, store.getState().content, 'Harness copy')
        : await duplicateDraft(storage, id, 'Harness draft')
    if (made) open(made.id)
  }

  return (
    <main>
      <DraftLockNotice state={lock.state} onTakeOver={lock.takeOver} onOpenCopy={copy} />
      {failure ? (
        <SaveStatus
          state={{ phase: 'failed', savedAt: null, reason: failure }}
          onExport={() => {}}
        />
      ) : null}
      {store && id ? <Editor store={store} id={id} storage={storage} saving={saving} /> : null}
      <DraftsList storage={storage} currentId={id} onOpen={open} />
    </main>
  )
}

createRoot(document.getElementById('root')!).render(<Harness />)
