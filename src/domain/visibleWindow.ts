/**
 * The visible window: which events overlap a time range, by binary search instead of a scan.
 * Events come sorted by start (the document's order); a running maximum of their ends makes the
 * left edge searchable too, so long spans that began before the range are still found.
 */
import type { TimelineEvent } from './types'

export interface TimeIndex {
  startMs: Float64Array
  /** maxEndMs[i] is the latest end among events 0..i: never decreasing. */
  maxEndMs: Float64Array
}

/** Builds the index once per event list (events sorted by startMs). */
export function createTimeIndex(events: readonly TimelineEvent[]): TimeIndex {
  const n = events.length
  const startMs = new Float64Array(n)
  const maxEndMs = new Float64Array(n)
  let max = -Infinity
  for (let i = 0; i < n; i++) {
    const e = events[i]!
    startMs[i] = e.startMs
    max = Math.max(max, e.endMs)
    maxEndMs[i] = max
  }
  return { startMs, maxEndMs }
}

/**
 * The first index in [0, n] at which `valueAt(i) >= value` (or `> value` when `strict`), for
 * values that never decrease with i: the one binary search the timeline, lists and quotes share.
 */
export function firstIndexFrom(
  n: number,
  valueAt: (i: number) => number,
  value: number,
  strict = false,
): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const v = valueAt(mid)
    if (strict ? v <= value : v < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

const lowerBound = (sorted: Float64Array, value: number, strict = false) =>
  firstIndexFrom(sorted.length, (i) => sorted[i]!, value, strict)

/** Indexes (ascending) of the events that overlap [fromMs, toMs]. */
export function indexesInRange(
  events: readonly TimelineEvent[],
  index: TimeIndex,
  fromMs: number,
  toMs: number,
): number[] {
  // Before `lo` every event ended before the range; from `hi` on every one starts after it.
  const lo = lowerBound(index.maxEndMs, fromMs)
  const hi = lowerBound(index.startMs, toMs, true)
  const out: number[] = []
  for (let i = lo; i < hi; i++) if (events[i]!.endMs >= fromMs) out.push(i)
  return out
}
