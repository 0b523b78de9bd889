import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { rovingKey } from '../../lib/roving'
import { Button } from '../../ui/Button'
import { findRow, type Focus } from '../createStudioStore'
import type { Collection } from '../model'
import type { ProblemMap } from '../problems'
import { useStudio, useStudioStore } from '../StudioContext'
import { addItem, deleteItem, duplicateItem } from './outlineActions'
import { OutlineEvents, type RowHandlers } from './OutlineEvents'
import { ITEM_CLASS, OutlineRow, SELECTED_CLASS, type Badge } from './OutlineRow'
import { DeletedNote, type Deleted } from './DeletedNote'

const ITEM = '[data-outline-item]'

/** Errors and warnings by record, for the badges (recounted only when the problems change). */
function countBadges(problems: ProblemMap | undefined): Map<string, Badge> {
  const out = new Map<string, Badge>()
  for (const [uid, list] of problems ?? []) {
    const errors = list.filter((p) => p.severity === 'error').length
    out.set(uid, { errors, warnings: list.length - errors })
  }
  return out
}

/** Speakers or sources: short lists, each line its name or title. */
function PlainSection({
  collection,
  title,
  add,
  focus,
  badges,
  handlers,
}: {
  collection: 'speakers' | 'sources'
  title: string
  add: string
  focus: Focus
  badges: ReadonlyMap<string, Badge>
  handlers: RowHandlers
}) {
  const store = useStudioStore()
  const rows = useStudio((s) => s.content[collection])
  const field = collection === 'speakers' ? 'name' : 'title'
  return (
    <Section
      title={`${title} (${rows.length})`}
      action={<Button onClick={() => addItem(store, collection)}>{add}</Button>}
    >
      <ul className="m-0 flex list-none flex-col gap-1 p-0" aria-label={title}>
        {rows.map((r) => (
          <OutlineRow
            key={r.uid}
            collection={collection}
            row={r}
            label={String(r.data[field] || r.data.id || '(no name yet)')}
            selected={focus.target === collection && focus.uid === r.uid}
            badge={badges.get(r.uid)}
            {...handlers}
          />
        ))}
      </ul>
    </Section>
  )
}

function Section({
  title,
  action,
  children,
}: {
  title: string
  action: React.ReactNode
  children: React.ReactNode
}) {
  return (
    <section aria-label={title.replace(/ \(\d+\)$/, '')} className="flex flex-col gap-1">
      <div className="flex items-center justify-between gap-2">
        <h3 className="m-0 text-sm font-bold text-ink">{title}</h3>
        {action}
      </div>
      {children}
    </section>
  )
}

/**
 * The draft's items to choose from: the document, its speakers, sources and events (in time
 * order, with the open event's quotes), each with a problem badge. One tab stop; the arrow keys
 * move through the items and open each one.
 */
export function Outline({ problems }: { problems?: ProblemMap | undefined }) {
  const store = useStudioStore()
  const focus = useStudio((s) => s.focus)
  const exists = useStudio(
    (s) => s.focus.target === 'meta' || findRow(s.content, s.focus.target, s.focus.uid) !== null,
  )
  const eventCount = useStudio((s) => s.content.events.length)
  const badges = useMemo(() => countBadges(problems), [problems])
  const nav = useRef<HTMLElement>(null)
  const [deleted, setDeleted] = useState<Deleted | null>(null)
  // After a deletion, focus goes to the item opened in its place.
  const refocus = useRef(false)
  useEffect(() => {
    if (!refocus.current) return
    refocus.current = false
    nav.current?.querySelector<HTMLElement>(`${ITEM}[aria-current="true"]`)?.focus()
  }, [focus])

  const handlers: RowHandlers = {
    onOpen: useCallback(
      (collection: Collection, uid: string) =>
        store.getState().setFocus({ target: collection, uid }),
      [store],
    ),
    onDuplicate: useCallback(
      (collection: Collection, uid: string) => duplicateItem(store, collection, uid),
      [store],
    ),
    onDelete: useCallback(
      (collection: Collection, uid: string, name: string) => {
        const items = [
          ...(nav.current?.querySelectorAll<HTMLElement>(`${ITEM}[data-target="${collection}"]`) ??
            []),
        ]
        const at = items.findIndex((el) => el.dataset.uid === uid)
        const near = items[at + 1] ?? items[at - 1]
        const next: Focus = near?.dataset.uid
          ? { target: collection, uid: near.dataset.uid }
          : { target: 'meta' }
        refocus.current = true
        deleteItem(store, collection, uid, next)
        setDeleted({
          name,
          revision: store.getState().revision,
          focus: { target: collection, uid },
        })
      },
      [store],
    ),
  }
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const target = e.target as HTMLElement
    if (!target.matches(ITEM) || !['ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) return
    const items = [...(nav.current?.querySelectorAll<HTMLElement>(ITEM) ?? [])]
    const next = rovingKey(e.key, items.indexOf(target), items.length)
    if (next === null) return
    e.preventDefault()
    items[next]?.focus()
    items[next]?.click()
  }
  const meta = focus.target === 'meta'
  return (
    // The items take focus; the outline only hears their arrow keys.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <nav ref={nav} aria-label="Draft outline" onKeyDown={onKeyDown} className="flex flex-col gap-4">
      <ul className="m-0 list-none p-0">
        <li>
          <button
            type="button"
            data-outline-item=""
            data-target="meta"
            aria-current={meta ? 'true' : undefined}
            tabIndex={meta || !exists ? 0 : -1}
            onClick={() => store.getState().setFocus({ target: 'meta' })}
            className={`${ITEM_CLASS} ${meta ? SELECTED_CLASS : ''}`}
          >
            <span>Document: title, zone, kinds, eras</span>
            <MetaBadge badge={badges.get('meta')} />
          </button>
        </li>
      </ul>
      <PlainSection
        collection="speakers"
        title="Speakers"
        add="Add speaker"
        focus={focus}
        badges={badges}
        handlers={handlers}
      />
      <PlainSection
        collection="sources"
        title="Sources"
        add="Add source"
        focus={focus}
        badges={badges}
        handlers={handlers}
      />
      <Section
        title={`Events (${eventCount})`}
        action={<Button onClick={() => addItem(store, 'events')}>Add event</Button>}
      >
        <OutlineEvents focus={focus} badges={badges} handlers={handlers} />
      </Section>
      <DeletedNote deleted={deleted} onDone={() => setDeleted(null)} />
    </nav>
  )
}

function MetaBadge({ badge }: { badge: Badge | undefined }) {
  if (!badge || badge.errors + badge.warnings === 0) return null
  const n = badge.errors || badge.warnings
  const word = badge.errors ? 'problem' : 'warning'
  return (
    <span className="shrink-0 rounded-full border border-line bg-surface px-1.5 text-xs font-semibold">
      {n} {word}
      {n === 1 ? '' : 's'}
    </span>
  )
}
