import type { DetailOptions } from './detailLayout'
import type { TimelineEvent } from './types'

/**
 * Left edge and right edge of each event's box (span or label, whichever reaches further), in px,
 * and which labels go to the left: those whose whole title would run past `rightEdgePx`, where
 * the left has room for it (or clearly more room).
 */
export function labelBoxes(events: readonly TimelineEvent[], o: DetailOptions) {
  const n = events.length
  const x0 = new Float64Array(n)
  const x1 = new Float64Array(n)
  const labelLeft = new Uint8Array(n)
  const cap = o.labelCapPx ?? Infinity
  const rightEdge = o.rightEdgePx ?? Infinity
  const leftEdge = o.leftEdgePx ?? -Infinity
  for (let i = 0; i < n; i++) {
    const e = events[i]!
    const left = (e.startMs - o.originMs) * o.pxPerMs - o.markerHalfPx
    const right = (e.endMs - o.originMs) * o.pxPerMs + o.markerHalfPx
    // A mark is its padding, its label and its padding (a marker's half each side).
    const label = Math.min(cap, o.labelPx[i]!) + o.markerHalfPx
    x0[i] = left
    x1[i] = Math.max(right, left + label)
    // A whole title that would run past the right edge goes to the left where it fits there.
    // One that fits on neither side stays in reading order, on the right, unless the left has
    // clearly more room (half as much again): it is cut with an ellipsis either way.
    const whole = o.labelPx[i]! + o.markerHalfPx
    const leftRoom = right - leftEdge
    const rightRoom = rightEdge - left
    if (whole > rightRoom && (whole <= leftRoom || leftRoom > 1.5 * rightRoom)) {
      labelLeft[i] = 1
      x0[i] = Math.min(left, right - label)
      x1[i] = right
    }
  }
  return { x0, x1, labelLeft }
}
