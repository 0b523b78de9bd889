import { useRef, useState, type KeyboardEvent } from 'react'
import { Button } from '../../ui/Button'
import type { DraftSummary } from './types'

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/** One draft in the list: its name (renamed in place), its size and last save, its actions. */
export function DraftRow({
  draft,
  current,
  onOpen,
  onRename,
  onDuplicate,
  onDelete,
}: {
  draft: DraftSummary
  current: boolean
  onOpen: () => void
  onRename: (name: string) => void
  onDuplicate: () => void
  onDelete: () => void
}) {
  const [renaming, setRenaming] = useState(false)
  const renameButton = useRef<HTMLButtonElement>(null)
  // Enter and the blur that may follow as the field goes away must not rename twice.
  const finished = useRef(false)
  const name = draft.name || 'Untitled draft'

  const start = () => {
    finished.current = false
    setRenaming(true)
  }
  const finish = (value: string | null) => {
    if (finished.current) return
    finished.current = true
    setRenaming(false)
    const next = value?.trim()
    if (next && next !== draft.name) onRename(next)
    // Back where the keyboard was, once the button is on screen again.
    requestAnimationFrame(() => renameButton.current?.focus())
  }
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') finish(e.currentTarget.value)
    if (e.key === 'Escape') {
      e.stopPropagation()
      finish(null)
    }
  }

  return (
    <li className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-line py-2 last:border-b-0">
      <div className="min-w-0 flex-1">
        {renaming ? (
          <input
            // Focus goes where the keyboard user asked for it: Rename was just pressed.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            defaultValue={draft.name}
            aria-label={`New name for ${name}`}
            className="w-full rounded-md border border-line bg-surface px-2 py-1 text-sm text-ink"
            onFocus={(e) => e.currentTarget.select()}
            onKeyDown={onKey}
            onBlur={(e) => finish(e.currentTarget.value)}
          />
        ) : (
          <p className="m-0 truncate font-medium text-ink" title={name}>
            {name}
            {current ? <span className="ml-2 text-xs font-normal text-muted">open now</span> : null}
          </p>
        )}
        <p className="m-0 text-xs text-muted">
          {count(draft.counts.events, 'event')} · {count(draft.counts.quotes, 'quote')} · last saved{' '}
          {when.format(draft.updatedAt)}
        </p>
      </div>
      <div className="flex flex-wrap gap-1">
        {current ? null : (
          <Button onClick={onOpen}>
            Open<span className="sr-only"> {name}</span>
          </Button>
        )}
        <Button ref={renameButton} variant="quiet" onClick={start}>
          Rename<span className="sr-only"> {name}</span>
        </Button>
        <Button variant="quiet" onClick={onDuplicate}>
          Duplicate<span className="sr-only"> {name}</span>
        </Button>
        {current ? null : (
          <Button variant="quiet" onClick={onDelete}>
            Delete<span className="sr-only"> {name}</span>
          </Button>
        )}
      </div>
    </li>
  )
}
