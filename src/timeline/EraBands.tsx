import type { LinearScale } from './linearScale'
import type { Ref } from 'react'
import type { Era } from '../domain/types'

/**
 * The document's eras, drawn as background bands behind the marks with their titles along the
 * top. React places them at the committed view; during a gesture the zoom frame moves them
 * (`placeEraBands`), like the axis. Loaded on demand: only documents with eras need it.
 */
export default function EraBands({
  eras,
  height,
  scale,
  bandsRef,
}: {
  eras: readonly Era[]
  height: number
  /** The committed view's scale: where the bands sit between gestures. */
  scale: LinearScale
  bandsRef: Ref<SVGGElement>
}) {
  return (
    <g ref={bandsRef} className="era-bands">
      {eras.map((era, i) => {
        const x0 = scale(era.startMs)
        const x1 = scale(era.endMs)
        return (
          <g key={i} data-start-ms={era.startMs} data-end-ms={era.endMs}>
            <rect
              x={x0.toFixed(1)}
              width={Math.max(1, x1 - x0).toFixed(1)}
              y={0}
              height={height}
              style={{ fill: 'var(--surface-2)' }}
              className="era-band"
            />
            <text
              x={(Math.max(x0, 0) + 4).toFixed(1)}
              y={height - 6}
              style={{ fill: 'var(--muted)', fontSize: 11 }}
              className="era-title"
            >
              {era.title}
            </text>
          </g>
        )
      })}
    </g>
  )
}
