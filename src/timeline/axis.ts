import { axisBottom, axisTop } from 'd3-axis'
import type { ScaleLinear } from 'd3-scale'
import { select } from 'd3-selection'
import { zonedTicks } from '../domain/ticks'

/** Draws tick labels (in the display zone) and light grid lines for the current scale. */
export function drawAxis(
  labels: SVGGElement,
  grid: SVGGElement,
  zx: ScaleLinear<number, number>,
  timeZone: string,
  width: number,
  gridHeight: number,
): void {
  // Ticks run across the whole surface, the label room on the right included.
  const d0 = zx.invert(0)
  const d1 = zx.invert(width)
  const ticks = zonedTicks(d0, d1, timeZone, Math.max(3, Math.floor(width / 64)))
  const text = new Map(ticks.map((t) => [t.ms, t.label]))
  const major = new Set(ticks.filter((t) => t.major).map((t) => t.ms))
  // Drop ticks whose label would be cut at the right edge.
  const values = ticks.map((t) => t.ms).filter((ms) => zx(ms) <= width - 28)
  select(labels)
    .call(
      axisTop<number>(zx)
        .tickValues(values)
        .tickFormat((ms) => text.get(ms) ?? '')
        .tickSize(5)
        .tickSizeOuter(0),
    )
    .call((g) => g.selectAll<SVGGElement, number>('.tick').classed('major', (ms) => major.has(ms)))
  select(grid).call(
    axisBottom<number>(zx)
      .tickValues(values)
      .tickFormat(() => '')
      .tickSize(gridHeight)
      .tickSizeOuter(0),
  )
}
