/**
 * A bare page for the drafts' browser tests (built by studioDrafts.spec.ts, served by a route):
 * `useDraftSession` wired as the studio page wires it, on real IndexedDB, Web Locks and
 * BroadcastChannel, with one field (the title) to edit. `?draft=<id>` opens a draft; without
 * it, a new one is started.
 */
import { useEffect } from 'react'
import { createRoot } from 'react-dom/client'
import { useStore } from 'zustand'
import type { StudioStore } from '../../../src/studio/createStudioStore'
import { metaPatch } from '../../../src/studio/edits'
import { emptyContent } from '../../../src/studio/model'
import { DraftLockNotice } from '../../../src/studio/drafts/DraftLockNotice'
import { DraftsList } from '../../../src/studio/drafts/DraftsList'
import { SaveStatus } from '../../../src/studio/drafts/SaveStatus'
import { useDraftSession } from '../../../src/studio/drafts/useDraftSession'

function TitleField({ store }: { store: StudioStore }) {
  const title = useStore(store, (s) => s.content.meta.title)
  return (
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
  )
}

function Harness() {
  const session = useDraftSession()
  const { draftId, start } = session
  useEffect(() => {
    if (draftId === null) start(emptyContent(), 'Harness draft')
  }, [draftId, start])
  return (
    <main>
      <h1>Drafts harness</h1>
      <DraftLockNotice
        state={session.lock.state}
        onTakeOver={session.lock.takeOver}
        onOpenCopy={() => void session.openCopy()}
      />
      {session.problem ? <p role="alert">{session.problem}</p> : null}
      <SaveStatus state={session.save} onExport={() => {}} />
      {session.store ? <TitleField key={draftId} store={session.store} /> : null}
      <DraftsList storage={session.storage} currentId={draftId} onOpen={session.open} />
    </main>
  )
}

createRoot(document.getElementById('root')!).render(<Harness />)
