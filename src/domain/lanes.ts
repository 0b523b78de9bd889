/**
 * First-fit lanes, lowest lane first, up to a cap; what finds no lane is clustered (clusters.ts).
 * Linear in the events (times a scan of at most `maxLanes` lanes), so 100,000 events lay out in a
 * few milliseconds per level.
 */
import { clusterOverflow } from './clusters'
import type { DetailLayout, DetailOptions } from './detailLayout'
import { labelBoxes } from './labelSides'
import type { TimelineEvent } from './types'

/**
 * Events in time order (as they come); among equal starts, by right edge, then id. Left edges
 * are in the same order, but for labels drawn on the left.
 */
function placementOrder(events: readonly TimelineEvent[], x1: Float64Array) {
  const order = new Uint32Array(events.length)
  for (let i = 0; i < order.length; i++) order[i] = i
  // Events come sorted by start, so only runs of equal starts need sorting.
  for (let a = 0; a < order.length;) {
    let b = a + 1
    while (b < order.length && events[b]!.startMs === events[a]!.startMs) b++
    if (b - a > 1) {
      order.subarray(a, b).sort((i, j) => {
        const ei = events[i]!.id
        const ej = events[j]!.id
        return x1[i]! - x1[j]! || (ei < ej ? -1 : ei > ej ? 1 : 0)
      })
    }
    a = b
  }
  return order
}

/**
 * True when the events cannot all have a lane, whatever their labels: no lane holds more than
 * one event per `gapPx + markerHalfPx` of the extent. A cheap test before trying a roomier layout.
 */
export function cannotAllFit(events: readonly TimelineEvent[], o: DetailOptions): boolean {
  const n = events.length
  if (n <= o.maxLanes) return false
  const extentPx = (events[n - 1]!.startMs - events[0]!.startMs) * o.pxPerMs
  return n > o.maxLanes * (extentPx / (o.gapPx + o.markerHalfPx) + 1)
}

/** Lanes (first fit, lowest lane first) up to `maxLanes`; the rest grouped into clusters. */
export function layoutDetail(
  events: readonly TimelineEvent[],
  o: DetailOptions & { allOrNothing: true },
): DetailLayout | null
export function layoutDetail(events: readonly TimelineEvent[], o: DetailOptions): DetailLayout
export function layoutDetail(
  events: readonly TimelineEvent[],
  o: DetailOptions,
): DetailLayout | null {
  const { x0, x1, labelLeft } = labelBoxes(events, o)
  const lane = new Int16Array(events.length).fill(-1)
  const labelRoom = new Float32Array(events.length)
  const laneEnd: number[] = []
  const laneLast: number[] = []
  for (const i of placementOrder(events, x1)) {
    // First fit: the lowest lane whose last box ends a gap before this box starts.
    let next = 0
    while (next < laneEnd.length && laneEnd[next]! + o.gapPx > x0[i]!) next++
    if (next >= o.maxLanes) {
      if (o.allOrNothing) return null
      continue
    }
    // A label's room ends where its box would (see `labelBoxes`), a gap before the next box. A label
    // on the right runs up to this box; a label on the left, back to the box before it, unless
    // that box's label runs right (and so up to this box): then it keeps to its own box.
    const before = laneLast[next]
    const rightOfBefore = before !== undefined && !labelLeft[before]
    if (rightOfBefore) labelRoom[before] = x0[i]! - o.gapPx - x0[before]! - o.markerHalfPx
    if (labelLeft[i]) {
      const from =
        before === undefined ? -Infinity : rightOfBefore ? x0[i]! : laneEnd[next]! + o.gapPx
      labelRoom[i] = x1[i]! - o.markerHalfPx - from
    }
    laneEnd[next] = x1[i]!
    laneLast[next] = i
    lane[i] = next
  }
  for (const last of laneLast) if (!labelLeft[last]) labelRoom[last] = Infinity
  let laneCount = laneEnd.length
  const cap = o.denseMaxLanes
  if (cap !== undefined && cap < laneCount && lane.includes(-1)) {
    for (let i = 0; i < lane.length; i++) {
      if (lane[i]! >= cap) {
        lane[i] = -1
        labelRoom[i] = 0
      }
    }
    laneCount = cap
  }
  return {
    lane,
    labelRoom,
    labelLeft,
    laneCount,
    clusters: clusterOverflow(events, lane, o),
  }
}
