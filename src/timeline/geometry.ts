import { EDGE_GUTTER_PX } from '../domain/markGeometry'
import { MAX_LABEL_PX } from '../domain/labelWidth'
import type { TimelineEvent } from '../domain/types'

/** Vertical rhythm of the timeline, in CSS pixels. */
export const AXIS_HEIGHT_PX = 34
export const LANE_HEIGHT_PX = 40
// The marker's and the gutters' measures belong to the lane layout (domain/markGeometry.ts).
export { EDGE_GUTTER_PX, MARKER_HALF_PX } from '../domain/markGeometry'

/** The widest a label is always let be on a surface of this width: 220 px, 42% on a phone. */
export function labelMaxPx(surfaceWidthPx: number): number {
  return Math.min(MAX_LABEL_PX, Math.max(80, Math.round(surfaceWidthPx * 0.42)))
}

/**
 * The widest a label may grow where every event has a lane: a whole title, as wide as the
 * surface between its gutters (a title on the left of its mark may run back to the start).
 */
export function roomyLabelPx(surfaceWidthPx: number): number {
  return Math.max(80, surfaceWidthPx - 2 * EDGE_GUTTER_PX)
}

/** The level of detail for a zoom: log2 of px per ms, floored. */
export function detailLevel(pxPerMs: number): number {
  return Math.floor(Math.log2(pxPerMs))
}

/** Where a mark's box starts and how wide its drawn span is at a given scale. */
export function markBox(
  e: TimelineEvent,
  x: (ms: number) => number,
): { left: number; spanPx: number } {
  const left = x(e.startMs)
  return { left, spanPx: Math.max(0, x(e.endMs) - left) }
}

/** CSS gradient stops that soften the uncertain parts of a span (windows, derived ends). */
export function spanGradient(e: TimelineEvent): string | null {
  const span = e.endMs - e.startMs
  if (span <= 0) return null
  const pct = (ms: number) => `${(((ms - e.startMs) / span) * 100).toFixed(2)}%`
  const solid = 'var(--mark)'
  const soft = 'var(--mark-soft)'
  if (e.start.precision === 'window' || e.start.precision === 'derived') {
    // Only bounds are known: a soft band, faded at both edges.
    return `linear-gradient(to right, transparent, ${soft} 18%, ${soft} 82%, transparent)`
  }
  if (!e.end) {
    // An instant whose minute sources dispute: a soft whisker across the disputed minutes.
    return `linear-gradient(to right, ${soft}, ${soft})`
  }
  const solidEnd = Math.min(e.end.ms, e.end.earliestMs)
  if (e.end.latestMs > solidEnd) {
    return `linear-gradient(to right, ${solid} 0%, ${solid} ${pct(solidEnd)}, transparent 100%)`
  }
  if (e.end.precision !== 'exact') {
    return `linear-gradient(to right, ${solid} 0%, ${solid} 80%, ${soft} 100%)`
  }
  return `linear-gradient(to right, ${solid}, ${solid})`
}

/** Where the event's marker sits inside its span, as a fraction (0 = start). */
export function markerFraction(e: TimelineEvent): number {
  const span = e.endMs - e.startMs
  return span <= 0 ? 0 : Math.min(1, Math.max(0, (e.start.ms - e.startMs) / span))
}

/** One zoom step, in or out (its inverse), for the buttons and the keys alike. */
export const ZOOM_STEP = 1.6

/** The most a reader can zoom in: about one minute across the whole width. */
export const MIN_SPAN_MS = 60_000
/** Below this many events every mark stays mounted: culling only pays off for large documents. */
export const MOUNT_ALL_BELOW = 500
