import { useCallback, useEffect, useState } from 'react'
import type { Problem } from '../../domain/types'
import { readSetting, writeSetting } from '../../lib/storage'
import { createStudioStore, type StudioStore } from '../../studio/createStudioStore'
import { createDraft, duplicateDraft } from '../../studio/drafts/drafts'
import { describeFailure } from '../../studio/drafts/failure'
import type { DraftStorage, DraftSummary } from '../../studio/drafts/types'
import type { DraftStart } from '../../studio/intake/openInput'

/** The draft being edited: its store, its summary and what reading its file found. */
export interface Session {
  store: StudioStore
  draft: DraftSummary
  /** Problems found reading the file it started from (shown once, above the forms). */
  startProblems: Problem[]
  /** Why the browser refused to store the draft when it was made (it opens all the same). */
  refused?: string
}

export type SessionState =
  | { phase: 'reading' }
  | { phase: 'choosing'; message: string | null }
  | { phase: 'open'; session: Session }

/** The setting that reopens the last draft on the next visit. */
const LAST = 'studio-draft'

/** A stored draft, opened; or the start screen, with why when it could not be read. */
async function readDraft(storage: DraftStorage, id: string): Promise<SessionState> {
  try {
    const [content, list] = await Promise.all([storage.loadDraft(id), storage.listDrafts()])
    const draft = list.find((d) => d.id === id)
    if (!content || !draft) return { phase: 'choosing', message: null }
    writeSetting(LAST, id)
    return {
      phase: 'open',
      session: { store: createStudioStore(content), draft, startProblems: [] },
    }
  } catch (e) {
    return { phase: 'choosing', message: describeFailure(e) }
  }
}

/**
 * Which draft is open: the last one on arrival, a new one from the start panel, another from the
 * drafts list. Every draft lives in `storage` from its first moment, so nothing is held only in
 * memory.
 */
export function useDraftSession(storage: DraftStorage) {
  const [state, setState] = useState<SessionState>(() =>
    readSetting(LAST) ? { phase: 'reading' } : { phase: 'choosing', message: null },
  )

  const openStored = useCallback((id: string) => readDraft(storage, id).then(setState), [storage])

  // The last draft opened, on arrival.
  useEffect(() => {
    const last = readSetting(LAST)
    if (!last) return
    let live = true
    void readDraft(storage, last).then((next) => {
      if (live) setState(next)
    })
    return () => {
      live = false
    }
  }, [storage])

  const start = useCallback(
    async (from: DraftStart) => {
      const store = createStudioStore(from.content)
      try {
        const draft = await createDraft(storage, from.content, from.name)
        writeSetting(LAST, draft.id)
        setState({ phase: 'open', session: { store, draft, startProblems: from.problems } })
      } catch (e) {
        // Storage refused: the draft still opens, and the status says it is not saved.
        const now = Date.now()
        const draft: DraftSummary = {
          id: `unsaved-${now}`,
          name: from.name,
          createdAt: now,
          updatedAt: now,
          counts: { events: from.content.events.length, quotes: from.content.quotes.length },
        }
        setState({
          phase: 'open',
          session: { store, draft, startProblems: from.problems, refused: describeFailure(e) },
        })
      }
    },
    [storage],
  )

  /** A copy of the open draft as it is now, opened in its place (the other tab keeps its own). */
  const openCopy = useCallback(
    async (session: Session) => {
      const copy = await duplicateDraft(storage, session.draft).catch(() => null)
      if (copy) await openStored(copy.id)
    },
    [storage, openStored],
  )

  const choose = useCallback(() => setState({ phase: 'choosing', message: null }), [])
  return { state, openStored, start, openCopy, choose }
}
