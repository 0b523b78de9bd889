import type { LinearScale } from './linearScale'
import type { Ref } from 'react'
import type { Era } from '../domain/types'

/**
 * The document's eras, drawn as background bands behind the marks with their titles along the
 * top. React renders them once; the zoom frame moves them (`placeEraBands`), like the axis.
 */
export function EraBands({
  eras,
  height,
  bandsRef,
}: {
  eras: readonly Era[]
  height: number
  bandsRef: Ref<SVGGElement>
}) {
  return (
    <g ref={bandsRef} className="era-bands">
      {eras.map((era, i) => (
        <g key={i} data-start-ms={era.startMs} data-end-ms={era.endMs}>
          <rect className="era-band" y={0} height={height} />
          <text className="era-title" y={height - 6}>
            {era.title}
          </text>
        </g>
      ))}
    </g>
  )
}

/** Writes the bands' positions for the scale of this frame. */
export function placeEraBands(g: SVGGElement | null, zx: LinearScale): void {
  if (!g) return
  for (const band of Array.from(g.children)) {
    const x0 = zx(Number(band.getAttribute('data-start-ms')))
    const x1 = zx(Number(band.getAttribute('data-end-ms')))
    const rect = band.firstElementChild
    const title = band.lastElementChild
    rect?.setAttribute('x', x0.toFixed(1))
    rect?.setAttribute('width', Math.max(1, x1 - x0).toFixed(1))
    title?.setAttribute('x', (Math.max(x0, 0) + 4).toFixed(1))
  }
}
