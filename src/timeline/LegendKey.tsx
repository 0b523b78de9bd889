import { kindStyleOf } from '../domain/kinds'
import { selectKinds } from '../store/selectors'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { KindShape } from '../ui/KindShape'
import { rovingKey } from '../lib/roving'
import type { KeyboardEvent } from 'react'

/** Moves focus along the kind toggles (the WAI-ARIA toolbar pattern: one tab stop). */
function onToolbarKey(e: KeyboardEvent<HTMLDivElement>) {
  const items = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')]
  const at = items.indexOf(e.target as HTMLButtonElement)
  const next = rovingKey(e.key, at, items.length)
  if (next === null) return
  e.preventDefault()
  items.forEach((b, i) => (b.tabIndex = i === next ? 0 : -1))
  items[next]?.focus()
}

/**
 * What each mark colour and shape means, and how uncertain times are drawn (inside "Key"). Each
 * kind is also a toggle: with some pressed, the timeline and the quotes show only those kinds.
 */
export default function LegendKey() {
  const store = useTimelineStore()
  const kinds = useTimeline(selectKinds)
  const doc = useTimeline((s) => s.document)
  const look = (kind: string) => kindStyleOf(doc, kind)
  const active = useTimeline((s) => s.filters.kinds)
  const toggle = (kind: string) => {
    const next = active.includes(kind) ? active.filter((k) => k !== kind) : [...active, kind]
    store.getState().setFilters({ kinds: next })
  }
  return (
    <>
      <div
        role="toolbar"
        aria-label="Show only these kinds of event"
        onKeyDown={onToolbarKey}
        className="flex max-w-[22rem] flex-wrap gap-1 text-xs text-muted"
      >
        {kinds.map((k, i) => (
          <button
            key={k}
            type="button"
            tabIndex={i === 0 ? 0 : -1}
            aria-pressed={active.includes(k)}
            title={`Show only this kind of event (${look(k).label.toLowerCase()})`}
            onClick={() => toggle(k)}
            className="legend-item legend-toggle"
            data-kind-style={look(k).styleKey}
            style={{ ['--mark' as string]: look(k).color }}
          >
            <KindShape kind={k} path={look(k).path} className="legend-dot" />
            {look(k).label}
          </button>
        ))}
        {active.length > 0 ? (
          <button
            type="button"
            tabIndex={-1}
            className="legend-item legend-toggle underline"
            onClick={() => store.getState().setFilters({ kinds: [] })}
          >
            Show all kinds
          </button>
        ) : null}
      </div>
      <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
        <span className="legend-item">
          <span className="legend-approx" aria-hidden="true" />
          Approximate time
        </span>
        <span className="legend-item">
          <span className="legend-band" aria-hidden="true" />
          Window or derived time
        </span>
      </p>
    </>
  )
}
