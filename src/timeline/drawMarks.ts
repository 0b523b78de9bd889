import type { LinearScale } from './linearScale'
import type { Cluster } from '../domain/detailLayout'
import { clusterBox, labelWidthPx } from '../domain/markGeometry'
import { AXIS_HEIGHT_PX, LANE_HEIGHT_PX, MARKER_HALF_PX, markBox } from './geometry'
import type { Placed } from './mounted'

/** What one zoom frame positions: only what is mounted, never the whole document. */
export interface FrameModel {
  placed: readonly Placed[]
  clusters: readonly Cluster[]
  laneCount: number
  /** The surface's width, and the width every label may have whatever its room. */
  width: number
  labelMax: number
  marks: ReadonlyMap<string, HTMLElement>
  clusterEls: ReadonlyMap<number, HTMLElement>
}

/** The top of the row a lane draws in; lane -1 is the cluster row below the lanes. */
export const laneTopPx = (lane: number, laneCount: number) =>
  AXIS_HEIGHT_PX + (lane < 0 ? laneCount : lane) * LANE_HEIGHT_PX

/**
 * The values last written to each element's style. A frame writes only what changed: an inline
 * custom property (--span, --label-shift) is inherited, so each write restyles the mark's whole
 * subtree even when the value is the same, and most marks are instants whose span stays 0.
 */
const written = new WeakMap<HTMLElement, Record<string, string>>()

function write(el: HTMLElement, name: string, value: string): void {
  let last = written.get(el)
  if (!last) written.set(el, (last = {}))
  if (last[name] === value) return
  last[name] = value
  if (name.startsWith('--')) el.style.setProperty(name, value)
  else el.style[name as 'transform' | 'width' | 'maxWidth'] = value
}

/** Writes mark and cluster positions straight into their styles, with no React render. */
export function drawMarks(model: FrameModel, zx: LinearScale): void {
  for (const { event, lane, labelRoom, labelLeft } of model.placed) {
    const el = model.marks.get(event.id)
    if (!el) continue
    const { left, spanPx } = markBox(event, zx)
    const y = laneTopPx(lane, model.laneCount)
    const right = left + spanPx
    // A label on the left ends where the mark ends: the mark is placed by its right edge.
    const transform = labelLeft
      ? `translate(${(right + MARKER_HALF_PX).toFixed(1)}px, ${y}px) translateX(-100%)`
      : `translate(${(left - MARKER_HALF_PX).toFixed(1)}px, ${y}px)`
    write(el, 'transform', transform)
    write(el, '--span', `${spanPx.toFixed(1)}px`)
    // A long span that starts off screen keeps its label at the left edge while it is in view.
    const shift = labelLeft ? 0 : Math.max(0, Math.min(-left, spanPx - 24))
    write(el, '--label-shift', `${shift.toFixed(1)}px`)
    const label = el.lastElementChild as HTMLElement | null
    if (label) {
      const edgeRoom = labelLeft ? right : model.width - left - shift
      const px = labelWidthPx(labelRoom - shift, edgeRoom, model.labelMax)
      write(label, 'maxWidth', `${px}px`)
    }
  }
  const y = laneTopPx(-1, model.laneCount)
  model.clusters.forEach((c, i) => {
    const el = model.clusterEls.get(c.firstIndex)
    if (!el) return
    const { left, width } = clusterBox(c, model.clusters[i + 1], zx)
    write(el, 'transform', `translate(${left.toFixed(1)}px, ${y}px)`)
    write(el, 'width', `${width.toFixed(1)}px`)
  })
}
