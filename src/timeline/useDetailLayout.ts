import { useEffect, useMemo } from 'react'
import type { DetailLayout } from '../domain/detailLayout'
import { DENSE_ROWS, layoutFor, rowsOf, type DataSpan } from '../domain/levelLayout'
import type { TimelineEvent } from '../domain/types'
import { createTimeIndex, type TimeIndex } from '../domain/visibleWindow'
import { labelWidths } from '../lib/labelWidths'
import { useLatest } from '../lib/useLatest'

export interface DetailModel {
  index: TimeIndex
  layout: DetailLayout
  level: number
  /** The rows the timeline keeps at every zoom, so that its height never changes. */
  rows: number
}

/**
 * How much laying out a document may cost before its first draw, in events times levels: about
 * 4 µs each on a 2-core machine (1,000 events at 14 levels took 56 ms). Up to this, a document is
 * laid out at every level at load and keeps the most rows any level needs; past it, it keeps a
 * dense document's rows, and the levels around the view are laid out ahead when the page is idle.
 */
const LAY_OUT_ALL_UP_TO = 6_000

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
  const [minLevel, maxLevel] = levels
  // Large documents keep a dense document's rows at every level (more events are clustered
  // where a level would need more lanes). Small ones are laid out at every level now, and keep
  // the most rows any level takes, so that no zoom ever changes the timeline's height.
  const large = events.length * (maxLevel - minLevel + 1) > LAY_OUT_ALL_UP_TO
  const rows = useMemo(() => {
    if (large) return DENSE_ROWS
    let most = 1
    for (let l = minLevel; l <= maxLevel; l++) {
      const at = cachedLayout(events, l, [startMs, endMs, fitPx], labelPx, compactPx, roomyPx)
      most = Math.max(most, rowsOf(at))
    }
    return most
  }, [large, events, minLevel, maxLevel, startMs, endMs, fitPx, labelPx, compactPx, roomyPx])
  const maxRows = large ? rows : Infinity
  // A view a rounding error past either end is laid out as the end's level (same scale).
  const shown = Math.min(maxLevel, Math.max(minLevel, level))
  const layout = useMemo(
    () =>
      cachedLayout(events, shown, [startMs, endMs, fitPx], labelPx, compactPx, roomyPx, maxRows),
    [events, shown, startMs, endMs, fitPx, labelPx, compactPx, roomyPx, maxRows],
  )
  const levelRef = useLatest(shown)
  useEffect(() => {
    // A small document's levels are all laid out already (`rows`).
    if (!large) return
    const from = levelRef.current
    const queue: number[] = []
    for (let d = 1; from - d >= minLevel || from + d <= maxLevel; d++) {
      if (from - d >= minLevel) queue.push(from - d)
      if (from + d <= maxLevel) queue.push(from + d)
    }
    return whenIdle(
      queue,
      (l) =>
        void cachedLayout(events, l, [startMs, endMs, fitPx], labelPx, compactPx, roomyPx, maxRows),
    )
  }, [
    large,
    events,
    startMs,
    endMs,
    fitPx,
    labelPx,
    compactPx,
    roomyPx,
    minLevel,
    maxLevel,
    maxRows,
    levelRef,
  ])
  return { index, layout, level, rows }
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
  maxRows = Infinity,
): DetailLayout {
  let byLevel = layouts.get(labelPx)
  if (!byLevel) layouts.set(labelPx, (byLevel = new Map()))
  const key = `${level}|${data.join()}|${compactPx}|${roomyPx}|${maxRows}`
  let layout = byLevel.get(key)
  if (!layout) {
    layout = layoutFor(events, level, data, labelPx, compactPx, roomyPx, maxRows)
    byLevel.set(key, layout)
  }
  return layout
}
