/** How many events fall in each of `bins` equal slices of [fromMs, toMs]: the overview's shape. */
import type { TimelineEvent } from './types'

/** Counts event starts per bin; events outside the range are left out. */
export function densityBins(
  events: readonly TimelineEvent[],
  fromMs: number,
  toMs: number,
  bins: number,
): Uint32Array {
  const counts = new Uint32Array(Math.max(1, Math.floor(bins)))
  const span = toMs - fromMs
  if (!(span > 0)) return counts
  const scale = counts.length / span
  for (const e of events) {
    const b = Math.floor((e.startMs - fromMs) * scale)
    if (b >= 0 && b < counts.length) counts[b]!++
    else if (e.startMs === toMs) counts[counts.length - 1]!++
  }
  return counts
}
