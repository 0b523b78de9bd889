import { useCallback, useMemo, useState } from 'react'
import { fromRaw } from '../../studio/content'
import { createStudioStore, type StudioStore } from '../../studio/createStudioStore'
import type { ProblemMap } from '../../studio/problems'
import { StudioProvider } from '../../studio/StudioContext'
import { emptyContent, type DraftContent } from '../../studio/model'
import { useTheme } from '../useTheme'
import { StudioPreview } from './StudioPreview'
import { UndoButtons } from './UndoButtons'
import { useUndoKeys } from './useUndoKeys'

/** The draft being edited: its store and its name. */
interface Session {
  store: StudioStore
  name: string
}

/**
 * Quoteline Studio's page: the draft's forms beside the live preview, made of the reader's own
 * timeline. It composes the studio feature (forms, drafts, undo) with the timeline feature.
 */
export function StudioApp() {
  useTheme()
  const [session, setSession] = useState<Session | null>(() => ({
    store: createStudioStore(emptyContent()),
    name: 'Untitled timeline',
  }))
  const [, setProblems] = useState<ProblemMap>(new Map())
  useUndoKeys(session?.store ?? null)
  const open = useCallback((content: DraftContent, name: string) => {
    setSession({ store: createStudioStore(content), name })
  }, [])
  void open
  void fromRaw

  const main = useMemo(() => {
    if (!session) return null
    return (
      <StudioProvider store={session.store}>
        <div className="grid gap-4 lg:grid-cols-[minmax(340px,420px)_minmax(0,1fr)]">
          <section aria-label="Edit the timeline" className="flex min-w-0 flex-col gap-3">
            <p className="text-sm text-muted">The forms go here.</p>
          </section>
          <section aria-label="Preview" className="min-w-0">
            <h2 className="sr-only">Preview</h2>
            <StudioPreview store={session.store} onProblems={setProblems} />
          </section>
        </div>
      </StudioProvider>
    )
  }, [session])

  return (
    <div className="mx-auto flex max-w-[1480px] flex-col gap-3 px-4 py-3 sm:px-6">
      <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-line pb-3">
        <h1 className="font-serif text-xl leading-tight font-bold text-ink">
          Quoteline Studio
          {session ? (
            <span className="ml-2 font-sans text-base font-normal text-muted">{session.name}</span>
          ) : null}
        </h1>
        {session ? (
          <StudioProvider store={session.store}>
            <UndoButtons />
          </StudioProvider>
        ) : null}
        <a className="ml-auto text-sm text-accent underline" href="./">
          Reader view
        </a>
      </header>
      {main}
    </div>
  )
}
