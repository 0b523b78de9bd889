import { kindStyleOf } from '../domain/kinds'
import { selectKinds } from '../store/selectors'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { KindShape } from '../ui/KindShape'

/**
 * What each mark colour and shape means, and how uncertain times are drawn. Each kind is also a
 * toggle: with some pressed, the timeline and the quotes show only those kinds.
 */
export function Legend() {
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
    <div className="flex flex-wrap items-center gap-x-4 gap-y-1.5 text-xs text-muted">
      <div
        role="group"
        aria-label="Show only these kinds of event"
        className="flex flex-wrap gap-1"
      >
        {kinds.map((k) => (
          <button
            key={k}
            type="button"
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
            className="legend-item legend-toggle underline"
            onClick={() => store.getState().setFilters({ kinds: [] })}
          >
            Show all kinds
          </button>
        ) : null}
      </div>
      <span className="legend-item">
        <span className="legend-approx" aria-hidden="true" />
        Approximate time
      </span>
      <span className="legend-item">
        <span className="legend-band" aria-hidden="true" />
        Window or derived time
      </span>
    </div>
  )
}
