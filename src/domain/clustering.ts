/**
 * Level of detail: lanes up to a cap, and clusters for what does not fit. Events that would need
 * a lane beyond the cap are grouped, per fixed-width bucket of the level's scale, into clusters
 * ("1,204 events") that a reader opens by zooming in. Linear in the events (times a scan of at
 * most `maxLanes` lanes), so 100,000 events lay out in a few milliseconds per level.
 */
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
  /**
   * Per event index: 1 where its label is drawn to the left of its mark, ending where the mark
   * ends, because to the right it would run past the data's end (`rightEdgePx`). Its room then
   * runs leftwards (Infinity for the first in its lane).
   */
  labelLeft: Uint8Array
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
  /**
   * The surface's edges, in px at this scale (from `originMs`), when the data's start or end is
   * at them. A label that would run past the right edge goes to the left of its mark, where it
   * fits there or has clearly more room. Default: labels always go right.
   */
  leftEdgePx?: number
  rightEdgePx?: number
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

/**
 * Left edge and right edge of each event's box (span or label, whichever reaches further), in px,
 * and which labels go to the left: those whose whole title would run past `rightEdgePx`, where
 * the left has room for it (or clearly more room).
 */
function boxes(events: readonly TimelineEvent[], o: DetailOptions) {
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
  const { x0, x1, labelLeft } = boxes(events, o)
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
    // A label's room ends where its box would (see `boxes`), a gap before the next box. A label
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

/** Groups the events without a lane by the bucket their marker's left edge falls in. */
function clusterOverflow(
  events: readonly TimelineEvent[],
  lane: Int16Array,
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
    const x = (e.startMs - o.originMs) * o.pxPerMs - o.markerHalfPx
    const b = Math.floor(x / o.bucketPx)
    if (current && (b === bucket || x < currentX0 + minPx)) {
      // Taken in across a bucket's edge: the rest of that bucket joins too.
      bucket = b
      current.lastIndex = i
      current.count++
      current.lastStartMs = e.startMs
      current.endMs = Math.max(current.endMs, e.endMs)
      continue
    }
    bucket = b
    currentX0 = x
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

// The timeline's layout, shared by the view (timeline/useDetailLayout) and the exported picture.

/** Half the width of an instant's marker: the marker is centred on its time. */
export const MARKER_HALF_PX = 8
const LABEL_GAP_PX = 10
/** Room at each of the surface's ends so the first and last markers are not cut. */
export const LEFT_GUTTER_PX = MARKER_HALF_PX + 4
/** Lanes a sparse document may use: the summit needs 12 on a phone, and draws in full. */
const MAX_LANES_SPARSE = 12
/** Lanes a document that needs clusters keeps, so the chart stays compact above the quotes. */
const MAX_LANES_DENSE = 7
/** Width of a cluster's bucket at its level's scale: room for a count like "12,345". */
const CLUSTER_BUCKET_PX = 64
/** The least width a cluster is drawn at, and the space kept between two clusters. */
const CLUSTER_MIN_PX = 28
const CLUSTER_GAP_PX = 2

/**
 * The document's first and last instant, which are at the surface's edges at "Fit all", and the
 * px between them there. No zoom is wider than that.
 */
export type DataSpan = readonly [startMs: number, endMs: number, fitPx: number]

/**
 * Whole titles where every event can have a lane with them; where some cannot, labels are
 * counted compact (and cut with an ellipsis) so that as many events as possible keep a lane.
 * Labels that would run past the data's end go to the left of their marks: the data spans the
 * whole surface, with no strip kept empty at the right for the last labels.
 */
export function layoutFor(
  events: readonly TimelineEvent[],
  level: number,
  [originMs, endMs, fitPx]: DataSpan,
  labelPx: Float64Array,
  compactPx: number,
  roomyPx: number,
  /** The most rows (lanes, and the cluster row) the layout may take; at least 2. */
  maxRows = Infinity,
): DetailLayout {
  // At the least scale the level is shown at (zooming in within it only gives labels more room):
  // for the level of "Fit all", that is the fit itself, so the widest view is laid out exactly.
  // (A level of -Infinity lays out at the fit: the exported picture, drawn at one scale.)
  const pxPerMs = Math.max(2 ** level, fitPx / Math.max(1, endMs - originMs))
  const options = {
    pxPerMs,
    originMs,
    leftEdgePx: -LEFT_GUTTER_PX,
    rightEdgePx: (endMs - originMs) * pxPerMs + LEFT_GUTTER_PX,
    labelPx,
    markerHalfPx: MARKER_HALF_PX,
    gapPx: LABEL_GAP_PX,
    bucketPx: CLUSTER_BUCKET_PX,
    clusterMinPx: CLUSTER_MIN_PX + CLUSTER_GAP_PX,
    maxLanes: Math.min(MAX_LANES_SPARSE, maxRows),
  }
  if (roomyPx > compactPx && !cannotAllFit(events, options)) {
    // Stops at the first event that would need a cluster: a dense level pays little for trying.
    const roomy = layoutDetail(events, { ...options, labelCapPx: roomyPx, allOrNothing: true })
    if (roomy) return roomy
  }
  return layoutDetail(events, {
    ...options,
    labelCapPx: compactPx,
    denseMaxLanes: Math.min(MAX_LANES_DENSE, maxRows - 1),
  })
}

/** The rows a layout draws: its lanes, and a row for its clusters when it has any. */
export function rowsOf(layout: DetailLayout): number {
  return layout.laneCount + (layout.clusters.length > 0 ? 1 : 0)
}

/** The rows a dense document draws: its lanes and the cluster row. */
export const DENSE_ROWS = MAX_LANES_DENSE + 1

/**
 * Where a cluster is drawn in its row at the scale `x`: from its first event to its last, at
 * least CLUSTER_MIN_PX wide, and ending a little before the next begins (the layout has already
 * merged a cluster too narrow to be drawn at its least width into the next).
 */
export function clusterBox(
  c: Cluster,
  next: Cluster | undefined,
  x: (ms: number) => number,
): { left: number; width: number } {
  const left = x(c.startMs) - MARKER_HALF_PX
  const span = x(c.lastStartMs) - x(c.startMs) + 2 * MARKER_HALF_PX
  const room = next ? x(next.startMs) - MARKER_HALF_PX - CLUSTER_GAP_PX - left : Infinity
  return {
    left,
    width: Math.min(Math.max(CLUSTER_MIN_PX, span), Math.max(room, CLUSTER_MIN_PX / 2)),
  }
}

/**
 * How wide a mark's label is let be, in px: past the usual cap where its lane is free that far
 * (`labelRoom`, 0 when unknown), but never so wide that the mark reaches into the next one's box,
 * nor past the surface's edge (`edgeRoom` away): an ellipsis there rather than a cut.
 */
export function labelWidthPx(labelRoom: number, edgeRoom: number, labelMax: number): number {
  // The mark's padding (a marker's half) comes between the label and the next mark or the edge.
  const own = labelRoom > 0 ? Math.max(labelMax, labelRoom - MARKER_HALF_PX) : labelMax
  return Math.floor(Math.max(0, Math.min(own, edgeRoom - MARKER_HALF_PX)))
}
