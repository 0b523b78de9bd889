import type { Cluster, DetailLayout } from '../domain/detailLayout'
import type { TimelineEvent } from '../domain/types'
import { firstIndexFrom, indexesInRange, type TimeIndex } from '../domain/visibleWindow'

/** A mark to mount: its event and lane (-1: drawn in the cluster row, e.g. a selected event). */
export interface Placed {
  event: TimelineEvent
  lane: number
  /** How wide its label may grow, in px at the layout's scale (`DetailLayout.labelRoom`). */
  labelRoom: number
  /** Its label is drawn to the left of its mark (`DetailLayout.labelLeft`). */
  labelLeft: boolean
}

/** Where `event` sits in `events` (sorted by start), found by binary search; -1 if absent. */
export function positionOf(
  events: readonly TimelineEvent[],
  index: TimeIndex,
  event: TimelineEvent,
): number {
  const lo = firstIndexFrom(index.startMs.length, (i) => index.startMs[i]!, event.startMs)
  for (let i = lo; i < events.length && events[i]!.startMs === event.startMs; i++) {
    if (events[i]!.id === event.id) return i
  }
  return -1
}

/**
 * The marks to mount for the window [fromMs, toMs]: events with a lane that overlap it, plus the
 * `pinned` ones (the selected and the tabbable event) wherever they are, so focus can reach them.
 */
export function mountedMarks(
  events: readonly TimelineEvent[],
  index: TimeIndex,
  layout: DetailLayout,
  fromMs: number,
  toMs: number,
  pinned: readonly (TimelineEvent | null)[],
): Placed[] {
  const chosen = indexesInRange(events, index, fromMs, toMs).filter((i) => layout.lane[i]! >= 0)
  for (const event of pinned) {
    const i = event ? positionOf(events, index, event) : -1
    if (i >= 0 && !chosen.includes(i)) chosen.push(i)
  }
  // Time order in the DOM too: it is the order of the tabs and of what a screen reader lists.
  chosen.sort((a, b) => a - b)
  return chosen.map((i) => ({
    event: events[i]!,
    lane: layout.lane[i]!,
    labelRoom: layout.labelRoom[i]!,
    labelLeft: layout.labelLeft[i] === 1,
  }))
}

/** The clusters that overlap [fromMs, toMs]. */
export function clustersIn(clusters: readonly Cluster[], fromMs: number, toMs: number): Cluster[] {
  return clusters.filter((c) => c.startMs <= toMs && Math.max(c.endMs, c.lastStartMs) >= fromMs)
}
