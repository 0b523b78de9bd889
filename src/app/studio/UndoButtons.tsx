import { Button } from '../../ui/Button'
import { useStudio } from '../../studio/StudioContext'

const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const MOD = mac ? '⌘' : 'Ctrl'

/** Undo and Redo, disabled when there is nothing to undo or redo. */
export function UndoButtons() {
  const canUndo = useStudio((s) => s.past.length > 0)
  const canRedo = useStudio((s) => s.future.length > 0)
  const undo = useStudio((s) => s.undo)
  const redo = useStudio((s) => s.redo)
  return (
    <div role="group" aria-label="History" className="flex gap-1">
      <Button onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
        Undo
        <kbd className="sr-only sm:not-sr-only text-xs font-normal text-muted">{MOD}+Z</kbd>
      </Button>
      <Button
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        Redo
      </Button>
    </div>
  )
}
