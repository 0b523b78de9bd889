// The level policy: how many lanes a level may use, how wide labels count, and when clusters
// take over. Shared by the view (timeline/useDetailLayout) and the exported picture.
import type { DetailLayout } from './detailLayout'
import { cannotAllFit, layoutDetail } from './lanes'
import { CLUSTER_GAP_PX, CLUSTER_MIN_PX, EDGE_GUTTER_PX, MARKER_HALF_PX } from './markGeometry'
import type { TimelineEvent } from './types'

const LABEL_GAP_PX = 10
/** Lanes a sparse document may use: the summit needs 12 on a phone, and draws in full. */
const MAX_LANES_SPARSE = 12
/** Lanes a document that needs clusters keeps, so the chart stays compact above the quotes. */
const MAX_LANES_DENSE = 7
/** Width of a cluster's bucket at its level's scale: room for a count like "12,345". */
const CLUSTER_BUCKET_PX = 64

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
    leftEdgePx: -EDGE_GUTTER_PX,
    rightEdgePx: (endMs - originMs) * pxPerMs + EDGE_GUTTER_PX,
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
