import type { ScaleLinear } from 'd3-scale'
import type { Cluster } from '../domain/clustering'
import { AXIS_HEIGHT_PX, LANE_HEIGHT_PX, MARKER_HALF_PX, markBox } from './geometry'
import type { Placed } from './mounted'

/** What one zoom frame positions: only what is mounted, never the whole document. */
export interface FrameModel {
  placed: readonly Placed[]
  clusters: readonly Cluster[]
  laneCount: number
  marks: ReadonlyMap<string, HTMLElement>
  clusterEls: ReadonlyMap<number, HTMLElement>
}

/** The top of the row a lane draws in; lane -1 is the cluster row below the lanes. */
export const laneTopPx = (lane: number, laneCount: number) =>
  AXIS_HEIGHT_PX + (lane < 0 ? laneCount : lane) * LANE_HEIGHT_PX

/** Writes mark and cluster positions straight into their styles, with no React render. */
export function drawMarks(model: FrameModel, zx: ScaleLinear<number, number>): void {
  for (const { event, lane } of model.placed) {
    const el = model.marks.get(event.id)
    if (!el) continue
    const { left, spanPx } = markBox(event, zx)
    const y = laneTopPx(lane, model.laneCount)
    el.style.transform = `translate(${(left - MARKER_HALF_PX).toFixed(1)}px, ${y}px)`
    el.style.setProperty('--span', `${spanPx.toFixed(1)}px`)
    // A long span that starts off screen keeps its label at the left edge while it is in view.
    const shift = Math.max(0, Math.min(-left, spanPx - 24))
    el.style.setProperty('--label-shift', `${shift.toFixed(1)}px`)
  }
  const y = laneTopPx(-1, model.laneCount)
  for (const c of model.clusters) {
    const el = model.clusterEls.get(c.firstIndex)
    if (!el) continue
    const left = zx(c.startMs) - MARKER_HALF_PX
    const width = Math.max(28, zx(c.lastStartMs) - zx(c.startMs) + 2 * MARKER_HALF_PX)
    el.style.transform = `translate(${left.toFixed(1)}px, ${y}px)`
    el.style.width = `${width.toFixed(1)}px`
  }
}
