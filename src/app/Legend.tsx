import { selectKinds } from '../store/selectors'
import { useTimeline } from '../store/TimelineContext'
import { kindColorVar, kindLabel, kindStyleKey } from '../domain/kinds'

/** What each mark colour and shape means, and how uncertain times are drawn. */
export function Legend() {
  const kinds = useTimeline(selectKinds)
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      {kinds.map((k) => (
        <li
          key={k}
          className="legend-item"
          data-kind-style={kindStyleKey(k)}
          style={{ ['--mark' as string]: kindColorVar(k) }}
        >
          <span className="legend-dot kind-dot" aria-hidden="true" />
          {kindLabel(k)}
        </li>
      ))}
      <li className="legend-item">
        <span className="legend-approx" aria-hidden="true" />
        Approximate time
      </li>
      <li className="legend-item">
        <span className="legend-band" aria-hidden="true" />
        Window or derived time
      </li>
    </ul>
  )
}
