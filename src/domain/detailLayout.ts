/**
 * Level of detail: lanes up to a cap, and clusters for what does not fit. Events that would need
 * a lane beyond the cap are grouped, per fixed-width bucket of the level's scale, into clusters
 * ("1,204 events") that a reader opens by zooming in. The types shared by the steps: label sides
 * (labelSides.ts), first-fit lanes (lanes.ts), cluster grouping (clusters.ts), the level policy
 * (levelLayout.ts) and where the view draws them (markGeometry.ts).
 */

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
