import { useMemo } from 'react'
import { layoutDetail, type DetailLayout } from '../domain/clustering'
import { estimateLabelWidthPx } from '../domain/lanes'
import type { TimelineEvent } from '../domain/types'
import { createTimeIndex, type TimeIndex } from '../domain/visibleWindow'
import {
  CLUSTER_BUCKET_PX,
  LABEL_GAP_PX,
  MARKER_HALF_PX,
  MAX_LANES_DENSE,
  MAX_LANES_SPARSE,
} from './geometry'

export interface DetailModel {
  index: TimeIndex
  layout: DetailLayout
  level: number
}

/**
 * Indexes once per event list, lanes and clusters once per level of detail: never per frame.
 * A level's layout stays valid while zooming in within it (things only spread apart).
 */
export function useDetailLayout(
  events: readonly TimelineEvent[],
  level: number,
  originMs: number,
  labelMaxPx: number,
): DetailModel {
  const index = useMemo(() => createTimeIndex(events), [events])
  const labelPx = useMemo(
    () => Float64Array.from(events, (e) => estimateLabelWidthPx(e.title, 12, labelMaxPx)),
    [events, labelMaxPx],
  )
  const layout = useMemo(
    () => cachedLayout(events, level, originMs, labelPx),
    [events, level, originMs, labelPx],
  )
  return { index, layout, level }
}

// One layout per level and origin, kept as long as the events (and so their label widths) stay
// the same: zooming back to a level already seen costs nothing.
const layouts = new WeakMap<Float64Array, Map<string, DetailLayout>>()

function cachedLayout(
  events: readonly TimelineEvent[],
  level: number,
  originMs: number,
  labelPx: Float64Array,
): DetailLayout {
  let byLevel = layouts.get(labelPx)
  if (!byLevel) layouts.set(labelPx, (byLevel = new Map()))
  const key = `${level}|${originMs}`
  let layout = byLevel.get(key)
  if (!layout) byLevel.set(key, (layout = layoutFor(events, level, originMs, labelPx)))
  return layout
}

function layoutFor(
  events: readonly TimelineEvent[],
  level: number,
  originMs: number,
  labelPx: Float64Array,
): DetailLayout {
  const options = {
    pxPerMs: 2 ** level,
    originMs,
    labelPx,
    markerHalfPx: MARKER_HALF_PX,
    gapPx: LABEL_GAP_PX,
    bucketPx: CLUSTER_BUCKET_PX,
  }
  const sparse = layoutDetail(events, { ...options, maxLanes: MAX_LANES_SPARSE })
  return sparse.clusters.length === 0
    ? sparse
    : layoutDetail(events, { ...options, maxLanes: MAX_LANES_DENSE })
}
