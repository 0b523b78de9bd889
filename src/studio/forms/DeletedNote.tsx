import { Button } from '../../ui/Button'
import type { Focus } from '../createStudioStore'
import { useStudio, useStudioStore } from '../StudioContext'

export interface Deleted {
  name: string
  /** The store's revision right after the deletion. */
  revision: number
  /** What was deleted, to open it again on Undo. */
  focus: Focus
}

/**
 * "Deleted “Budget vote”. Undo": said politely instead of asking first, since undo brings it
 * back. It stays until the next change, since Undo would then undo that instead.
 */
export function DeletedNote({ deleted, onDone }: { deleted: Deleted | null; onDone: () => void }) {
  const store = useStudioStore()
  const current = useStudio((s) => (deleted && s.revision === deleted.revision ? deleted : null))
  return (
    <div role="status" className="min-h-8 text-sm text-ink">
      {current ? (
        <span className="flex flex-wrap items-center gap-2">
          Deleted “{current.name}”.
          <Button
            onClick={() => {
              store.getState().undo()
              store.getState().setFocus(current.focus)
              onDone()
            }}
          >
            Undo
          </Button>
        </span>
      ) : null}
    </div>
  )
}
