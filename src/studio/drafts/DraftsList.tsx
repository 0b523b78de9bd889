import { useEffect, useId, useRef, useState } from 'react'
import { Button } from '../../ui/Button'
import { DraftRow } from './DraftRow'
import { isOpenElsewhere } from './draftLock'
import { duplicateDraft } from './drafts'
import { describeFailure } from './failure'
import { UNDO_DELETE_MS, type DraftStorage, type DraftSummary } from './types'
import { useDraftsList } from './useDraftsList'

/**
 * The drafts this browser holds, newest first: open, rename, duplicate, delete. A deletion
 * leaves a tombstone that "Undo" brings back for ten seconds; only then is the draft removed.
 * The open draft cannot be deleted from here (open another one first).
 */
export function DraftsList({
  storage,
  currentId,
  onOpen,
}: {
  storage: DraftStorage
  currentId: string | null
  onOpen: (id: string) => void
}) {
  const headingId = useId()
  const { drafts, error: readError } = useDraftsList(storage)
  const [error, setError] = useState<string | null>(null)
  const [deleted, setDeleted] = useState<DraftSummary | null>(null)
  const purge = useRef<{ id: string; timer: ReturnType<typeof setTimeout> } | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  // The deleted row is gone: the keyboard goes to Undo, the one thing it may want next.
  useEffect(() => {
    if (deleted) undoButton.current?.focus()
  }, [deleted])
  /** Leaves the toast with focus somewhere sensible (not lost on the page's body). */
  const leaveToast = () => {
    if (undoButton.current && document.activeElement === undoButton.current) {
      heading.current?.focus()
    }
  }

  /** Runs a storage action; a refusal is said in plain words. */
  const act = (work: Promise<unknown>, what: string) =>
    work.then(
      () => setError(null),
      (e: unknown) => setError(`Could not ${what}. ${describeFailure(e)}`.trim()),
    )

  const purgeNow = () => {
    const pending = purge.current
    if (!pending) return
    clearTimeout(pending.timer)
    purge.current = null
    void act(storage.purgeDraft(pending.id), 'remove the deleted draft')
  }
  // A deletion still open to undo when the list goes away stays a tombstone: the next read of
  // the list removes it once its ten seconds are over.
  useEffect(() => () => clearTimeout(purge.current?.timer), [])

  const remove = async (draft: DraftSummary) => {
    // Deleting it under another tab's feet would leave that tab saving into nothing.
    if (await isOpenElsewhere(draft.id)) {
      setError(`“${draft.name || 'Untitled draft'}” is open in another tab: close it there first.`)
      return
    }
    purgeNow()
    void act(storage.markDeleted(draft.id, true), 'delete the draft')
    setDeleted(draft)
    const timer = setTimeout(() => {
      purgeNow()
      leaveToast()
      setDeleted(null)
    }, UNDO_DELETE_MS)
    purge.current = { id: draft.id, timer }
  }
  const undo = () => {
    if (!deleted) return
    clearTimeout(purge.current?.timer)
    purge.current = null
    leaveToast()
    setDeleted(null)
    void act(storage.markDeleted(deleted.id, false), 'bring the draft back')
  }

  const shown = readError ? `Could not read the drafts. ${readError}`.trim() : error
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h2
        id={headingId}
        ref={heading}
        tabIndex={-1}
        className="m-0 text-base font-semibold text-ink"
      >
        Drafts in this browser
      </h2>
      {shown ? (
        <p role="alert" className="m-0 text-sm text-[var(--k-meeting)]">
          {shown}
        </p>
      ) : null}
      {drafts === null ? (
        <p className="m-0 text-sm text-muted">Reading the drafts…</p>
      ) : drafts.length === 0 ? (
        <p className="m-0 text-sm text-muted">No drafts yet.</p>
      ) : (
        <ul className="m-0 list-none p-0">
          {drafts.map((draft) => (
            <DraftRow
              key={draft.id}
              draft={draft}
              current={draft.id === currentId}
              onOpen={() => onOpen(draft.id)}
              onRename={(name) => void act(storage.renameDraft(draft.id, name), 'rename the draft')}
              onDuplicate={() =>
                void act(duplicateDraft(storage, draft.id, draft.name), 'duplicate the draft')
              }
              onDelete={() => void remove(draft)}
            />
          ))}
        </ul>
      )}
      <div role="status" className="text-sm">
        {deleted ? (
          <span className="flex items-center gap-2">
            Draft deleted.
            <Button ref={undoButton} onClick={undo}>
              Undo<span className="sr-only"> deleting {deleted.name || 'Untitled draft'}</span>
            </Button>
          </span>
        ) : null}
      </div>
    </section>
  )
}
