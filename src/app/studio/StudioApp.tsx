import { useMemo, useState } from 'react'
import { download } from '../../lib/download'
import { fileStem } from '../../lib/fileStem'
import { toRaw } from '../../studio/content'
import { DraftLockNotice } from '../../studio/drafts/DraftLockNotice'
import { DraftsList } from '../../studio/drafts/DraftsList'
import { createIdbStorage } from '../../studio/drafts/idbStorage'
import { createMemoryStorage } from '../../studio/drafts/memoryStorage'
import { SaveStatus } from '../../studio/drafts/SaveStatus'
import type { DraftStorage } from '../../studio/drafts/types'
import { useAutosave } from '../../studio/drafts/useAutosave'
import { useDraftLock } from '../../studio/drafts/useDraftLock'
import { Editor, Outline } from '../../studio/forms'
import { PasteRows } from '../../studio/intake/PasteRows'
import { ProblemLines } from '../../studio/intake/ProblemLines'
import { StartPanel } from '../../studio/intake/StartPanel'
import type { ProblemMap } from '../../studio/problems'
import { PublishPanel } from '../../studio/publish/PublishPanel'
import { StudioProvider } from '../../studio/StudioContext'
import { Button } from '../../ui/Button'
import { useTheme } from '../useTheme'
import { studioServices } from './services'
import { StudioPreview } from './StudioPreview'
import { UndoButtons } from './UndoButtons'
import { useDraftSession, type Session } from './useDraftSession'
import { useUndoKeys } from './useUndoKeys'

/** IndexedDB where the browser has it; else drafts live as long as the tab (and the status says so). */
const makeStorage = (): DraftStorage =>
  typeof indexedDB === 'undefined' ? createMemoryStorage() : createIdbStorage()

/** The draft's document as a JSON file, as it is now: the way out that needs no storage. */
function exportJson(session: Session) {
  const { raw } = toRaw(session.store.getState().content)
  const title = typeof raw.title === 'string' ? raw.title : session.draft.name
  download(
    new Blob([`${JSON.stringify(raw, null, 2)}\n`], { type: 'application/json' }),
    `${fileStem(title)}.json`,
  )
}

/**
 * Quoteline Studio's page: the draft's outline and forms beside the live preview, made of the
 * reader's own timeline. It composes the studio feature (forms, drafts, undo, intake, publish)
 * with the timeline feature, and hands the studio what it needs of data-io and embed.
 */
export function StudioApp() {
  useTheme()
  const [storage] = useState(makeStorage)
  const { state, openStored, start, openCopy, choose } = useDraftSession(storage)
  const session = state.phase === 'open' ? state.session : null

  return (
    <div className="mx-auto flex max-w-[1480px] flex-col gap-3 px-4 py-3 sm:px-6">
      {session ? (
        <StudioProvider key={session.draft.id} store={session.store}>
          <DraftScreen
            session={session}
            storage={storage}
            onChoose={choose}
            onOpenDraft={(id) => void openStored(id)}
            onOpenCopy={() => void openCopy(session)}
          />
        </StudioProvider>
      ) : (
        <>
          <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line pb-3">
            <h1 className="font-serif text-2xl leading-tight font-bold text-ink">
              Quoteline Studio
            </h1>
            <a className="ml-auto text-sm text-accent underline" href="./">
              Reader view
            </a>
          </header>
          {state.phase === 'choosing' ? (
            <main className="flex flex-col gap-6">
              {state.message ? (
                <p role="alert" className="text-sm text-ink">
                  {state.message}
                </p>
              ) : null}
              <StartPanel services={studioServices} onStart={(s) => void start(s)} />
              <DraftsList storage={storage} currentId={null} onOpen={(id) => void openStored(id)} />
            </main>
          ) : (
            <p role="status" className="text-sm text-muted">
              Opening your last draft…
            </p>
          )}
        </>
      )}
    </div>
  )
}

type Pane = 'edit' | 'publish' | 'drafts'

/** One open draft: the header with its status and history, then forms and preview side by side. */
function DraftScreen({
  session,
  storage,
  onChoose,
  onOpenDraft,
  onOpenCopy,
}: {
  session: Session
  storage: DraftStorage
  onChoose: () => void
  onOpenDraft: (id: string) => void
  onOpenCopy: () => void
}) {
  const { store, draft } = session
  const lock = useDraftLock(draft.id)
  const saving = lock.state === 'held' || lock.state === 'unsupported'
  const saved = useAutosave(store, draft.id, { storage, enabled: saving })
  const status =
    session.refused && saved.phase !== 'failed' && saved.savedAt === null
      ? ({ phase: 'failed', savedAt: null, reason: session.refused } as const)
      : saved
  const [problems, setProblems] = useState<ProblemMap>(() => new Map())
  const [pane, setPane] = useState<Pane>('edit')
  useUndoKeys(store)

  const forms = useMemo(
    () => (
      <>
        <nav
          aria-label="The draft's items"
          className="studio-outline rounded-lg border border-line bg-surface p-2"
        >
          <Outline problems={problems} />
        </nav>
        <Editor problems={problems} />
      </>
    ),
    [problems],
  )

  return (
    <>
      <header className="flex flex-col gap-2 border-b border-line pb-3">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <h1 className="font-serif text-2xl leading-tight font-bold text-ink">
            Quoteline Studio
            <span className="ml-2 font-sans text-base font-normal text-muted">{draft.name}</span>
          </h1>
          <UndoButtons />
          <nav aria-label="Studio" className="flex flex-wrap gap-1">
            <PaneButton pane="edit" current={pane} onPick={setPane}>
              Edit
            </PaneButton>
            <PaneButton pane="publish" current={pane} onPick={setPane}>
              Publish
            </PaneButton>
            <PaneButton pane="drafts" current={pane} onPick={setPane}>
              Drafts
            </PaneButton>
            <Button onClick={onChoose}>New…</Button>
          </nav>
          <a className="ml-auto text-sm text-accent underline" href="./">
            Reader view
          </a>
        </div>
        <SaveStatus state={status} onExport={() => exportJson(session)} />
      </header>
      <DraftLockNotice state={lock.state} onTakeOver={lock.takeOver} onOpenCopy={onOpenCopy} />
      <PasteRows store={store} services={studioServices} />
      {session.startProblems.length > 0 ? (
        <details className="rounded-md border border-line bg-surface p-3 text-sm">
          <summary className="cursor-pointer font-medium text-ink">
            Reading the file found {session.startProblems.length}{' '}
            {session.startProblems.length === 1 ? 'problem' : 'problems'}; each also shows at its
            field.
          </summary>
          <ProblemLines problems={session.startProblems} />
        </details>
      ) : null}
      {pane === 'publish' ? (
        <main>
          <PublishPanel services={studioServices} />
        </main>
      ) : pane === 'drafts' ? (
        <main>
          <DraftsList
            storage={storage}
            currentId={draft.id}
            onOpen={(id) => {
              if (id !== draft.id) onOpenDraft(id)
              else setPane('edit')
            }}
          />
        </main>
      ) : (
        <main className="grid gap-4 lg:grid-cols-[minmax(360px,440px)_minmax(0,1fr)]">
          <section aria-label="Edit the timeline" className="flex min-w-0 flex-col gap-3">
            {forms}
          </section>
          <section aria-label="Preview" className="studio-preview min-w-0">
            <StudioPreview store={store} onProblems={setProblems} />
          </section>
        </main>
      )}
    </>
  )
}

function PaneButton({
  pane,
  current,
  onPick,
  children,
}: {
  pane: Pane
  current: Pane
  onPick: (p: Pane) => void
  children: string
}) {
  return (
    <Button
      aria-pressed={pane === current}
      className={pane === current ? 'bg-surface-2 font-semibold' : ''}
      onClick={() => onPick(pane)}
    >
      {children}
    </Button>
  )
}
