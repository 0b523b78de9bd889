import { parseIsoInstant } from '../../domain/time'
import type { Row } from '../model'

/** Parsed starts, by zone and text: a 10,000-event draft parses each start once. */
const parsed = new Map<string, number>()
function startMs(start: unknown, zone: string): number {
  if (typeof start !== 'string') return Infinity
  const key = `${zone}|${start}`
  let ms = parsed.get(key)
  if (ms === undefined) {
    const p = parseIsoInstant(start, zone)
    ms = p.ok ? p.ms : Infinity
    if (parsed.size > 100_000) parsed.clear()
    parsed.set(key, ms)
  }
  return ms
}

/**
 * The outline's event order: by start in time, then as listed; a start not yet readable last.
 * The returned function remembers its last answer and sorts again only when a start or the set of
 * events changed, so typing in a title costs one pass over the starts, not a sort.
 */
export function timeOrder(): (events: readonly Row[], zone: string) => string[] {
  let last: { zone: string; starts: Map<string, unknown>; order: string[] } | null = null
  return (events, zone) => {
    if (
      last &&
      last.zone === zone &&
      last.starts.size === events.length &&
      events.every((e) => last!.starts.has(e.uid) && last!.starts.get(e.uid) === e.data.start)
    )
      return last.order
    const keyed = events.map((e, i) => ({ uid: e.uid, ms: startMs(e.data.start, zone), i }))
    keyed.sort((a, b) => (a.ms === b.ms ? a.i - b.i : a.ms < b.ms ? -1 : 1))
    last = {
      zone,
      starts: new Map(events.map((e) => [e.uid, e.data.start])),
      order: keyed.map((k) => k.uid),
    }
    return last.order
  }
}

/** "2025-08-15 11:22": the start as written, short enough for a line of the outline. */
export function shortStart(start: unknown): string {
  if (typeof start !== 'string' || start.trim() === '') return 'No start'
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(start.trim())
  return m ? [m[1], m[2]].filter(Boolean).join(' ') : start.slice(0, 16)
}
