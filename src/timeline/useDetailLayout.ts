import { useEffect, useMemo, useRef } from 'react'
import { cannotAllFit, layoutDetail, type DetailLayout } from '../domain/clustering'
import type { TimelineEvent } from '../domain/types'
import { labelWidths } from '../lib/labelWidths'
import { createTimeIndex, type TimeIndex } from '../domain/visibleWindow'
import {
  CLUSTER_BUCKET_PX,
  CLUSTER_GAP_PX,
  CLUSTER_MIN_PX,
  LABEL_GAP_PX,
  LEFT_GUTTER_PX,
  MARKER_HALF_PX,
  MAX_LANES_DENSE,
  MAX_LANES_SPARSE,
} from './geometry'

export interface DetailModel {
  index: TimeIndex
  layout: DetailLayout
  level: number
}

/** From this many events, the levels around the view are laid out ahead, when the page is idle. */
const LAY_OUT_AHEAD_FROM = 2_000
/** How wide labels are counted in the lanes: roomy while every event has a lane, else compact. */
export interface LabelCaps {
  /** For a level that needs clusters: more events keep a lane. */
  compactPx: number
  /** For a level where every event fits: whole titles, where the surface is wide enough. */
  roomyPx: number
}

/**
 * Indexes once per event list, lanes and clusters once per level of detail: never per frame.
 * A level's layout stays valid while zooming in within it (things only spread apart). Large
 * documents lay out the other levels (`levels`: the widest and the closest zoom) in idle time,
 * nearest first, so that a zoom never waits for a layout.
 */
export function useDetailLayout(
  events: readonly TimelineEvent[],
  level: number,
  data: DataSpan,
  caps: LabelCaps,
  levels: readonly [number, number],
): DetailModel {
  const index = useMemo(() => createTimeIndex(events), [events])
  const labelPx = useMemo(() => labelWidths(events.map((e) => e.title)), [events])
  const { compactPx, roomyPx } = caps
  const [startMs, endMs, fitPx] = data
  const layout = useMemo(
    () => cachedLayout(events, level, [startMs, endMs, fitPx], labelPx, compactPx, roomyPx),
    [events, level, startMs, endMs, fitPx, labelPx, compactPx, roomyPx],
  )
  const levelNow = useRef(level)
  useEffect(() => {
    levelNow.current = level
  })
  const [minLevel, maxLevel] = levels
  useEffect(() => {
    if (events.length < LAY_OUT_AHEAD_FROM) return
    const from = levelNow.current
    const queue: number[] = []
    for (let d = 1; from - d >= minLevel || from + d <= maxLevel; d++) {
      if (from - d >= minLevel) queue.push(from - d)
      if (from + d <= maxLevel) queue.push(from + d)
    }
    return whenIdle(
      queue,
      (l) => void cachedLayout(events, l, [startMs, endMs, fitPx], labelPx, compactPx, roomyPx),
    )
  }, [events, startMs, endMs, fitPx, labelPx, compactPx, roomyPx, minLevel, maxLevel])
  return { index, layout, level }
}

/** Runs `work` on each item, one per idle period (a timer where there is no idle callback). */
function whenIdle<T>(items: T[], work: (item: T) => void): () => void {
  const idle = typeof requestIdleCallback === 'function'
  let handle = 0
  const next = () => {
    const item = items.shift()
    if (item === undefined) return
    work(item)
    schedule()
  }
  const schedule = () => {
    handle = idle ? requestIdleCallback(next, { timeout: 5_000 }) : window.setTimeout(next, 50)
  }
  schedule()
  return () => (idle ? cancelIdleCallback(handle) : window.clearTimeout(handle))
}

/**
 * The document's first and last instant, which are at the surface's edges at "Fit all", and the
 * px between them there. No zoom is wider than that.
 */
export type DataSpan = readonly [startMs: number, endMs: number, fitPx: number]

// One layout per level and data span, kept as long as the events (and so their label widths) stay
// the same: zooming back to a level already seen costs nothing.
const layouts = new WeakMap<Float64Array, Map<string, DetailLayout>>()

function cachedLayout(
  events: readonly TimelineEvent[],
  level: number,
  data: DataSpan,
  labelPx: Float64Array,
  compactPx: number,
  roomyPx: number,
): DetailLayout {
  let byLevel = layouts.get(labelPx)
  if (!byLevel) layouts.set(labelPx, (byLevel = new Map()))
  const key = `${level}|${data.join()}|${compactPx}|${roomyPx}`
  let layout = byLevel.get(key)
  if (!layout) {
    layout = layoutFor(events, level, data, labelPx, compactPx, roomyPx)
    byLevel.set(key, layout)
  }
  return layout
}

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
): DetailLayout {
  // At the least scale the level is shown at (zooming in within it only gives labels more room):
  // for the level of "Fit all", that is the fit itself, so the widest view is laid out exactly.
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
    maxLanes: MAX_LANES_SPARSE,
  }
  if (roomyPx > compactPx && !cannotAllFit(events, options)) {
    // Stops at the first event that would need a cluster: a dense level pays little for trying.
    const roomy = layoutDetail(events, { ...options, labelCapPx: roomyPx, allOrNothing: true })
    if (roomy) return roomy
  }
  return layoutDetail(events, {
    ...options,
    labelCapPx: compactPx,
    denseMaxLanes: MAX_LANES_DENSE,
  })
}
