/**
 * Level of detail: lanes up to a cap, and clusters for what does not fit. Events that would need
 * a lane beyond the cap are grouped, per fixed-width bucket of the level's scale, into clusters
 * ("1,204 events") that a reader opens by zooming in. Linear in the events (plus a heap of at
 * most `maxLanes`), so 100,000 events lay out in a few milliseconds per level.
 */
import { IntHeap } from './lanes'
import type { TimelineEvent } from './types'

export interface Cluster {
  /** Index of its first event; its events are the clustered ones from there to `lastIndex`. */
  firstIndex: number
  lastIndex: number
  count: number
  startMs: number
  /** The start of its last event: a cluster is drawn from its first start to its last. */
  lastStartMs: number
  endMs: number
}

export interface DetailLayout {
  /** Per event index: its lane, or -1 when it is in a cluster. */
  lane: Int16Array
  /**
   * Per event index: how wide its label may be drawn, in px at this level's scale, without
   * reaching the next event in its lane (Infinity for the last one in its lane, 0 in a cluster).
   * Zooming in within the level only spreads events apart, so the room stays free.
   */
  labelRoom: Float32Array
  laneCount: number
  clusters: Cluster[]
}

export interface DetailOptions {
  pxPerMs: number
  originMs: number
  /** Each event's label width in px (the part of its box that does not scale)... */
  labelPx: Float64Array
  /** ...counted at most this wide (longer labels are cut with an ellipsis); default: no cap. */
  labelCapPx?: number
  markerHalfPx: number
  gapPx: number
  maxLanes: number
  /**
   * When even `maxLanes` lanes leave events over, keep only this many lanes and cluster the
   * rest (a dense document stays compact). First fit fills the lowest lanes the same way whatever
   * the cap, so this needs no second pass: the lanes above the cap are simply dropped.
   */
  denseMaxLanes?: number
  /** Width of a cluster's bucket at this scale. */
  bucketPx: number
  /** Give up (null) at the first event that finds no lane, rather than clustering the rest. */
  allOrNothing?: boolean
  /**
   * The least width a cluster is drawn at. A cluster narrower than that takes in the next
   * bucket's events when they start inside it, so that two clusters are never drawn one over
   * the other. Default 0: buckets only.
   */
  clusterMinPx?: number
}

/** Left edge and right edge (span or label, whichever reaches further) of each event, in px. */
function boxes(events: readonly TimelineEvent[], o: DetailOptions) {
  const n = events.length
  const x0 = new Float64Array(n)
  const x1 = new Float64Array(n)
  const cap = o.labelCapPx ?? Infinity
  for (let i = 0; i < n; i++) {
    const e = events[i]!
    const left = (e.startMs - o.originMs) * o.pxPerMs - o.markerHalfPx
    const barEnd = (e.endMs - o.originMs) * o.pxPerMs + o.markerHalfPx
    x0[i] = left
    x1[i] = Math.max(barEnd, left + Math.min(cap, o.labelPx[i]!) + o.markerHalfPx, left)
  }
  return { x0, x1 }
}

/** Events in left-edge order; ties broken by right edge, then id (as `assignLanes` does). */
function placementOrder(events: readonly TimelineEvent[], x0: Float64Array, x1: Float64Array) {
  const order = new Uint32Array(events.length)
  for (let i = 0; i < order.length; i++) order[i] = i
  // Events come sorted by start, so only runs of equal starts need sorting.
  for (let a = 0; a < order.length;) {
    let b = a + 1
    while (b < order.length && x0[b] === x0[a]) b++
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
  const { x0, x1 } = boxes(events, o)
  const lane = new Int16Array(events.length).fill(-1)
  const labelRoom = new Float32Array(events.length)
  const laneEnd: number[] = []
  const laneLast: number[] = []
  const busy = new IntHeap(
    (a, b) => laneEnd[a]! < laneEnd[b]! || (laneEnd[a] === laneEnd[b] && a < b),
  )
  const free = new IntHeap((a, b) => a < b)
  for (const i of placementOrder(events, x0, x1)) {
    for (let top = busy.peek(); top !== undefined; top = busy.peek()) {
      if (laneEnd[top]! + o.gapPx > x0[i]!) break
      free.push(busy.pop()!)
    }
    const next = free.pop() ?? (laneEnd.length < o.maxLanes ? laneEnd.length : -1)
    if (next < 0) {
      if (o.allOrNothing) return null
      continue
    }
    const before = laneLast[next]
    // The label's room ends where its box would (see `boxes`), a gap before this event's box.
    if (before !== undefined) labelRoom[before] = x0[i]! - o.gapPx - x0[before]! - o.markerHalfPx
    laneEnd[next] = x1[i]!
    laneLast[next] = i
    busy.push(next)
    lane[i] = next
  }
  for (const last of laneLast) labelRoom[last] = Infinity
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
  return { lane, labelRoom, laneCount, clusters: clusterOverflow(events, lane, x0, o) }
}

/** Groups the events without a lane by the bucket their left edge falls in. */
function clusterOverflow(
  events: readonly TimelineEvent[],
  lane: Int16Array,
  x0: Float64Array,
  o: DetailOptions,
): Cluster[] {
  const clusters: Cluster[] = []
  let current: Cluster | null = null
  let bucket = NaN
  let currentX0 = NaN
  const minPx = o.clusterMinPx ?? 0
  for (let i = 0; i < events.length; i++) {
    if (lane[i]! >= 0) continue
    const e = events[i]!
    const b = Math.floor(x0[i]! / o.bucketPx)
    if (current && (b === bucket || x0[i]! < currentX0 + minPx)) {
      // Taken in across a bucket's edge: the rest of that bucket joins too.
      bucket = b
      current.lastIndex = i
      current.count++
      current.lastStartMs = e.startMs
      current.endMs = Math.max(current.endMs, e.endMs)
      continue
    }
    bucket = b
    currentX0 = x0[i]!
    current = {
      firstIndex: i,
      lastIndex: i,
      count: 1,
      startMs: e.startMs,
      lastStartMs: e.startMs,
      endMs: e.endMs,
    }
    clusters.push(current)
  }
  return clusters
}
