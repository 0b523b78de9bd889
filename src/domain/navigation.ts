import type { EventId, Quote, QuoteId, TimelineDocument, TimelineEvent } from './types'

/** The event `delta` steps away from `currentId` in time order, clamped at the ends (no wrap). */
export function stepEvent(
  events: readonly TimelineEvent[],
  currentId: EventId | null,
  delta: number,
): TimelineEvent | null {
  if (events.length === 0) return null
  const index = currentId === null ? -1 : events.findIndex((e) => e.id === currentId)
  if (index === -1) return delta >= 0 ? (events[0] ?? null) : (events[events.length - 1] ?? null)
  const next = Math.max(0, Math.min(events.length - 1, index + delta))
  return events[next] ?? null
}

/** Finds a quote by id. */
export function findQuote(doc: TimelineDocument, id: QuoteId | string): Quote | undefined {
  return doc.quotes.find((q) => q.id === id)
}

/** The whole time span of a document, padded so that end marks are not cut at the edges. */
export function documentExtent(doc: TimelineDocument, padFraction = 0.04): [number, number] {
  let min = Infinity
  let max = -Infinity
  for (const e of doc.events) {
    if (e.startMs < min) min = e.startMs
    if (e.endMs > max) max = e.endMs
  }
  if (!Number.isFinite(min)) return [0, 3_600_000]
  // A single instant still gets an hour of context around it.
  const span = Math.max(max - min, 3_600_000)
  const pad = span * padFraction
  const mid = (min + max) / 2
  return max - min < 3_600_000
    ? [mid - span / 2 - pad, mid + span / 2 + pad]
    : [min - pad, max + pad]
}

/** The range a reader sees first: the document's `view` within its extent, else all of it. */
export function initialView(doc: TimelineDocument): [number, number] {
  const [startMs, endMs] = documentExtent(doc)
  const from = Math.max(startMs, doc.view?.startMs ?? startMs)
  const to = Math.min(endMs, doc.view?.endMs ?? endMs)
  return to > from ? [from, to] : [startMs, endMs]
}

/**
 * PageUp/PageDown: the first event at least one visible window (`spanMs`) later than the one at
 * `currentId` (or the last one at least a window earlier), always at least one event on and
 * clamped at the ends (no wrap). With no current event, the first or the last.
 */
export function eventAWindowAway(
  events: readonly TimelineEvent[],
  currentId: EventId | string | null,
  spanMs: number,
  direction: 1 | -1,
): TimelineEvent | null {
  const index = currentId === null ? -1 : events.findIndex((e) => e.id === currentId)
  const current = events[index]
  if (!current) return stepEvent(events, null, direction)
  const target = current.startMs + direction * spanMs
  if (direction > 0) {
    const found = events.findIndex((e) => e.startMs >= target)
    const at = found === -1 ? events.length - 1 : found
    return events[Math.min(events.length - 1, Math.max(at, index + 1))] ?? null
  }
  const found = events.findLastIndex((e) => e.startMs <= target)
  return events[Math.max(0, Math.min(found, index - 1))] ?? null
}
