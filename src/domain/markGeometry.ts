// Where the view draws the layout's marks and clusters: shared by the timeline (timeline/) and
// the exported picture (data-io/exportImage), and used by the level policy (levelLayout.ts).
import type { Cluster } from './detailLayout'

/** Half the width of an instant's marker: the marker is centred on its time. */
export const MARKER_HALF_PX = 8
/** Room at each of the surface's two ends, so that the first and last markers are not cut. */
export const EDGE_GUTTER_PX = MARKER_HALF_PX + 4
/** The least width a cluster is drawn at, and the space kept between two clusters. */
export const CLUSTER_MIN_PX = 28
export const CLUSTER_GAP_PX = 2

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
