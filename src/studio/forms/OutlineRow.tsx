import { memo } from 'react'
import { Button } from '../../ui/Button'
import type { Collection, Row } from '../model'

/** What a problem badge says: errors first, then warnings. */
export interface Badge {
  errors: number
  warnings: number
}

const NOUN: Record<Collection, string> = {
  events: 'event',
  quotes: 'quote',
  speakers: 'speaker',
  sources: 'source',
}

/** An outline item's look; the open one is shaded and bold (classes the reader's page has too). */
export const ITEM_CLASS =
  'flex w-full items-baseline justify-between gap-2 rounded-md px-2 py-1 text-left text-sm text-ink hover:bg-surface-2'
export const SELECTED_CLASS = 'bg-surface-2 font-semibold'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * One item of the outline: a button that opens it, with its problem badge; the item open in the
 * form also offers Duplicate and Delete. Memoized by its row: a keystroke in one item's form
 * redraws that item's line only.
 */
export const OutlineRow = memo(function OutlineRow({
  collection,
  row,
  label,
  detail,
  selected,
  badge,
  nested,
  onOpen,
  onDuplicate,
  onDelete,
}: {
  collection: Collection
  row: Row
  label: string
  detail?: string | undefined
  selected: boolean
  badge: Badge | undefined
  nested?: boolean | undefined
  onOpen: (collection: Collection, uid: string) => void
  onDuplicate: (collection: Collection, uid: string) => void
  onDelete: (collection: Collection, uid: string, label: string) => void
}) {
  const noun = NOUN[collection]
  return (
    <li className={`flex flex-col gap-1 ${nested ? 'pl-5' : ''}`}>
      <button
        type="button"
        data-outline-item=""
        data-target={collection}
        data-uid={row.uid}
        aria-current={selected ? 'true' : undefined}
        tabIndex={selected ? 0 : -1}
        onClick={() => onOpen(collection, row.uid)}
        className={`${ITEM_CLASS} ${selected ? SELECTED_CLASS : ''}`}
      >
        <span className="min-w-0 truncate">
          {detail ? <span className="font-mono text-xs text-muted">{detail} </span> : null}
          {label}
        </span>
        {badge && badge.errors + badge.warnings > 0 ? (
          <span className="shrink-0 rounded-full border border-line bg-surface px-1.5 text-xs font-semibold">
            {badge.errors > 0 ? plural(badge.errors, 'problem') : plural(badge.warnings, 'warning')}
          </span>
        ) : null}
      </button>
      {selected ? (
        <span className="flex gap-1 pl-3">
          <Button
            variant="quiet"
            aria-label={`Duplicate this ${noun}`}
            onClick={() => onDuplicate(collection, row.uid)}
          >
            Duplicate
          </Button>
          <Button
            variant="quiet"
            aria-label={`Delete this ${noun}`}
            onClick={() => onDelete(collection, row.uid, label)}
          >
            Delete
          </Button>
        </span>
      ) : null}
    </li>
  )
})
