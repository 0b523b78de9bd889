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

/** The events in the outline's order, and where each one stands in the list. */
export interface TimeOrder {
  /** Row uids: by start in time, then as listed; a start not yet readable last. */
  uids: string[]
  /** A uid's place in the events list it was sorted from (the same while no row comes or goes). */
  at: Map<string, number>
}

interface Sorted {
  events: readonly Row[]
  zone: string
  order: TimeOrder
  /** Each row's start, in ms, as sorted. */
  ms: Map<string, number>
}

/** The places whose start changed, when the list holds the same rows in the same places; else null. */
function changedStarts(a: readonly Row[], b: readonly Row[]): number[] | null {
  if (a.length !== b.length) return null
  const changed: number[] = []
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!
    const y = b[i]!
    // An edit replaces one row: the others are the same objects, compared by reference.
    if (x === y) continue
    if (x.uid !== y.uid) return null
    if (x.data.start !== y.data.start) changed.push(i)
  }
  return changed
}

function sortAll(events: readonly Row[], zone: string): Sorted {
  const keyed = events.map((e, i) => ({ uid: e.uid, ms: startMs(e.data.start, zone), i }))
  keyed.sort((a, b) => (a.ms === b.ms ? a.i - b.i : a.ms < b.ms ? -1 : 1))
  return {
    events,
    zone,
    order: { uids: keyed.map((k) => k.uid), at: new Map(keyed.map((k) => [k.uid, k.i])) },
    ms: new Map(keyed.map((k) => [k.uid, k.ms])),
  }
}

/** Moves the rows at `places`, whose starts changed, to their new place in time. */
function moveChanged(last: Sorted, events: readonly Row[], places: number[]): Sorted {
  const { at } = last.order
  const uids = [...last.order.uids]
  const before = (x: string, ms: number, i: number) => {
    const xms = last.ms.get(x)!
    return xms < ms || (xms === ms && at.get(x)! < i)
  }
  for (const i of places) {
    const row = events[i]!
    const ms = startMs(row.data.start, last.zone)
    uids.splice(uids.indexOf(row.uid), 1)
    last.ms.set(row.uid, ms)
    let lo = 0
    let hi = uids.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (before(uids[mid]!, ms, i)) lo = mid + 1
      else hi = mid
    }
    uids.splice(lo, 0, row.uid)
  }
  return { ...last, events, order: { uids, at } }
}

/**
 * The outline's event order. The returned function remembers its last answer: typing in a title
 * costs one pass of reference comparisons over the list; typing in a start moves that one event
 * (a binary search), and only a change to the list itself sorts it again.
 */
export function timeOrder(): (events: readonly Row[], zone: string) => TimeOrder {
  let last: Sorted | null = null
  return (events, zone) => {
    const changed = last && last.zone === zone ? changedStarts(last.events, events) : null
    if (!last || !changed || changed.length > 16) last = sortAll(events, zone)
    else if (changed.length === 0) last.events = events
    else last = moveChanged(last, events, changed)
    return last.order
  }
}

/** "2025-08-15 11:22": the start as written, short enough for a line of the outline. */
export function shortStart(start: unknown): string {
  if (typeof start !== 'string' || start.trim() === '') return 'No start'
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(start.trim())
  return m ? [m[1], m[2]].filter(Boolean).join(' ') : start.slice(0, 16)
}
