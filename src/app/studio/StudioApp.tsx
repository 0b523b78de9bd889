import { useCallback, useMemo, useState } from 'react'
import type { Problem } from '../../domain/types'
import { download } from '../../lib/download'
import { fileStem } from '../../lib/fileStem'
import { toRaw } from '../../studio/content'
import type { StudioStore } from '../../studio/createStudioStore'
import { DraftLockNotice } from '../../studio/drafts/DraftLockNotice'
import { DraftsList } from '../../studio/drafts/DraftsList'
import { SaveStatus } from '../../studio/drafts/SaveStatus'
import { useDraftSession, type DraftSession } from '../../studio/drafts/useDraftSession'
import { Editor, Outline } from '../../studio/forms'
import type { DraftStart } from '../../studio/intake/openInput'
import { PasteRows } from '../../studio/intake/PasteRows'
import { ProblemLines } from '../../studio/intake/ProblemLines'
import { StartPanel } from '../../studio/intake/StartPanel'
import type { ProblemMap } from '../../studio/problems'
import { PublishPanel } from '../../studio/publish/PublishPanel'
import { StudioProvider } from '../../studio/StudioContext'
import { Button } from '../../ui/Button'
import { useTheme } from '../../ui/useTheme'
import { studioServices } from './services'
import { StudioPreview } from './StudioPreview'
import { UndoButtons } from './UndoButtons'
import { useStartPaste } from './useStartPaste'
import { useUndoKeys } from './useUndoKeys'

/** The draft's document as a JSON file, as it is now: the way out that needs no storage. */
function exportJson(store: StudioStore, name: string) {
  const { raw } = toRaw(store.getState().content)
  const title = typeof raw.title === 'string' && raw.title.trim() ? raw.title : name
  download(
    new Blob([`${JSON.stringify(raw, null, 2)}\n`], { type: 'application/json' }),
    `${fileStem(title)}.json`,
  )
}

function StudioHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="flex flex-col gap-2 border-b border-line pb-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">{children}</div>
    </header>
  )
}

const ReaderLink = () => (
  <a className="ml-auto text-sm text-accent underline" href="./">
    Reader view
  </a>
)

/**
 * Quoteline Studio's page: the draft's outline and forms beside the live preview, made of the
 * reader's own timeline. It composes the studio feature (forms, drafts, undo, intake, publish)
 * with the timeline feature, and hands the studio what it needs of data-io and embed.
 */
export function StudioApp() {
  useTheme()
  const session = useDraftSession()
  const [choosing, setChoosing] = useState(false)
  const [startProblems, setStartProblems] = useState<Problem[]>([])
  const [pasteMessage, setPasteMessage] = useState<string | null>(null)
  const { start } = session
  const onStart = useCallback(
    (s: DraftStart) => {
      start(s.content, s.name)
      setStartProblems(s.problems)
      setPasteMessage(null)
      setChoosing(false)
    },
    [start],
  )
  const showStart = choosing || session.draftId === null
  useStartPaste(showStart, studioServices, onStart, setPasteMessage)

  if (showStart) {
    return (
      <div className="mx-auto flex max-w-[1480px] flex-col gap-3 px-4 py-3 sm:px-6">
        <StudioHeader>
          <h1 className="font-serif text-2xl leading-tight font-bold text-ink">Quoteline Studio</h1>
          {choosing ? <Button onClick={() => setChoosing(false)}>Back to the draft</Button> : null}
          <ReaderLink />
        </StudioHeader>
        <main className="flex flex-col gap-6">
          {pasteMessage ? (
            <p role="alert" className="text-sm text-ink">
              {pasteMessage}
            </p>
          ) : null}
          <StartPanel services={studioServices} onStart={onStart} />
          <DraftsList
            storage={session.storage}
            currentId={session.draftId}
            onOpen={(id) => {
              setStartProblems([])
              setChoosing(false)
              session.open(id)
            }}
          />
        </main>
      </div>
    )
  }
  return (
    <div className="mx-auto flex max-w-[1480px] flex-col gap-3 px-4 py-3 sm:px-6">
      <DraftScreen
        session={session}
        startProblems={startProblems}
        onChoose={() => setChoosing(true)}
      />
    </div>
  )
}

type Pane = 'edit' | 'publish'

/** One open draft: the header with its status and history, then forms and preview side by side. */
function DraftScreen({
  session,
  startProblems,
  onChoose,
}: {
  session: DraftSession
  startProblems: Problem[]
  onChoose: () => void
}) {
  const { store, name, lock } = session
  const [pane, setPane] = useState<Pane>('edit')
  useUndoKeys(store)
  const title = (
    <h1 className="font-serif text-2xl leading-tight font-bold text-ink">
      Quoteline Studio
      <span className="ml-2 font-sans text-base font-normal text-muted">{name}</span>
    </h1>
  )
  const notices = (
    <>
      <DraftLockNotice
        state={lock.state}
        onTakeOver={lock.takeOver}
        onOpenCopy={() => void session.openCopy()}
      />
      {session.problem ? (
        <p role="alert" className="text-sm text-ink">
          {session.problem}
        </p>
      ) : null}
    </>
  )
  if (!store) {
    return (
      <>
        <StudioHeader>
          {title}
          <Button onClick={onChoose}>Drafts and new…</Button>
          <ReaderLink />
        </StudioHeader>
        {notices}
        {!session.problem && lock.state !== 'elsewhere' ? (
          <p role="status" className="text-sm text-muted">
            Opening the draft…
          </p>
        ) : null}
      </>
    )
  }
  return (
    <StudioProvider key={session.draftId} store={store}>
      <StudioHeader>
        {title}
        <UndoButtons />
        <nav aria-label="Studio" className="flex flex-wrap gap-1">
          <PaneButton pane="edit" current={pane} onPick={setPane}>
            Edit
          </PaneButton>
          <PaneButton pane="publish" current={pane} onPick={setPane}>
            Publish
          </PaneButton>
          <Button onClick={onChoose}>Drafts and new…</Button>
        </nav>
        <ReaderLink />
      </StudioHeader>
      <SaveStatus state={session.save} onExport={() => exportJson(store, name)} />
      {notices}
      <PasteRows store={store} services={studioServices} />
      {startProblems.length > 0 ? (
        <details className="rounded-md border border-line bg-surface p-3 text-sm">
          <summary className="cursor-pointer font-medium text-ink">
            Reading the file found {startProblems.length}{' '}
            {startProblems.length === 1 ? 'problem' : 'problems'}; each also shows at its field.
          </summary>
          <ProblemLines problems={startProblems} />
        </details>
      ) : null}
      {pane === 'publish' ? (
        <main>
          <PublishPanel services={studioServices} />
        </main>
      ) : (
        <EditPane store={store} />
      )}
    </StudioProvider>
  )
}

/** The outline and the form of the open item, beside the live preview. */
function EditPane({ store }: { store: StudioStore }) {
  const [problems, setProblems] = useState<ProblemMap>(() => new Map())
  const forms = useMemo(
    () => (
      <>
        <div className="studio-outline rounded-lg border border-line bg-surface p-2">
          <Outline problems={problems} />
        </div>
        <Editor problems={problems} />
      </>
    ),
    [problems],
  )
  return (
    <main className="grid gap-4 lg:grid-cols-[minmax(360px,440px)_minmax(0,1fr)]">
      <section aria-label="Edit the timeline" className="flex min-w-0 flex-col gap-3">
        {forms}
      </section>
      <section aria-label="Preview" className="studio-preview min-w-0">
        <StudioPreview store={store} onProblems={setProblems} />
      </section>
    </main>
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
