import type { Cluster, DetailOptions } from './detailLayout'
import type { TimelineEvent } from './types'

/** Groups the events without a lane by the bucket their marker's left edge falls in. */
export function clusterOverflow(
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
