/**
 * Axis ticks on round local clock times in a named zone, whatever the machine's own zone. Ticks
 * are picked by d3's UTC tick logic in a "wall clock" space (UTC shifted by the zone's offset),
 * then each is mapped back with the offset in force at that tick, so a range that crosses a
 * daylight-saving change still gets ticks at local midnight on both sides.
 */
import { utcTickInterval } from 'd3-time'
import { formatWith } from './formatTime'
import { DAY_MS, zoneOffsetMs } from './time'

export interface Tick {
  ms: number
  label: string
  /** Local midnight: the day changes here. */
  major: boolean
}

const MINUTE_MS = 60_000
/** Shorter than any month: a step this long means month or year ticks. */
const MONTH_MS = 28 * DAY_MS
const YEAR_MS = 365 * DAY_MS

type Unit = 'second' | 'minute' | 'day' | 'month' | 'year'

const LABEL_OPTIONS: Record<Unit, Intl.DateTimeFormatOptions> = {
  second: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
  minute: { hour: 'numeric', minute: '2-digit' },
  day: { weekday: 'short', month: 'short', day: 'numeric' },
  month: { month: 'short', year: 'numeric' },
  year: { year: 'numeric' },
}

/** The label for `ms` in `timeZone`, through the shared formatter cache. */
function formatTick(ms: number, timeZone: string, unit: Unit): string {
  return formatWith(ms, timeZone, `tick-${unit}`, LABEL_OPTIONS[unit])
}

/** The instant at which the zone's clock reads `wallMs` (as pseudo-UTC), or null in a DST gap. */
function wallToInstant(wallMs: number, timeZone: string, likelyOffsetMs: number): number | null {
  // Most ticks share the range's offset: one Intl call confirms it (the axis redraws per frame).
  const guess = wallMs - likelyOffsetMs
  const offset = zoneOffsetMs(guess, timeZone)
  if (offset === likelyOffsetMs) return guess
  const second = wallMs - offset
  return zoneOffsetMs(second, timeZone) === offset ? second : null
}

function unitFor(stepMs: number): Unit {
  if (stepMs < MINUTE_MS) return 'second'
  if (stepMs < DAY_MS) return 'minute'
  if (stepMs < MONTH_MS) return 'day'
  return stepMs < YEAR_MS ? 'month' : 'year'
}

/** Epoch ms modulo a day, non-negative also before 1970. */
function msIntoDay(ms: number): number {
  return ((ms % DAY_MS) + DAY_MS) % DAY_MS
}

/** About `approxCount` ticks between two instants, on round local times in `timeZone`. */
export function zonedTicks(
  startMs: number,
  endMs: number,
  timeZone: string,
  approxCount: number,
): Tick[] {
  if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return []
  const lo = Math.min(startMs, endMs)
  const hi = Math.max(startMs, endMs)
  const count = Math.max(1, Math.round(approxCount) || 1)
  const offsetLo = zoneOffsetMs(lo, timeZone)
  const offsetHi = zoneOffsetMs(hi, timeZone)
  // The step depends only on the span, so any offset will do to choose it.
  const interval = utcTickInterval(new Date(lo + offsetLo), new Date(hi + offsetLo), count)
  if (!interval) return []
  // Cover every wall time the range shows, whichever side of a DST change it falls on.
  const wallTicks = interval.range(
    new Date(lo + Math.min(offsetLo, offsetHi)),
    new Date(hi + Math.max(offsetLo, offsetHi) + 1),
  )
  const first = wallTicks[0]
  if (!first) return []
  const unit = unitFor(+interval.offset(first, 1) - +first)
  const ticks: Tick[] = []
  for (const wall of wallTicks) {
    const tick = wallTick(+wall, timeZone, offsetLo, unit)
    // Skip clock times the zone jumps over, times outside the range, and a repeated hour's twin.
    if (tick === null || tick.ms < lo || tick.ms > hi) continue
    const last = ticks[ticks.length - 1]
    if (last && tick.ms <= last.ms) continue
    ticks.push(tick)
  }
  return ticks
}

/**
 * The axis redraws every zoom frame, mostly with the ticks of the frame before: each tick's
 * instant and label (Intl calls, the costly part) are remembered, a few thousand at most.
 */
const tickMemo = new Map<string, Tick | null>()
const TICK_MEMO_MAX = 4000

function wallTick(wallMs: number, timeZone: string, likelyOffsetMs: number, unit: Unit) {
  const key = `${timeZone}|${unit}|${likelyOffsetMs}|${wallMs}`
  const known = tickMemo.get(key)
  if (known !== undefined) return known
  const ms = wallToInstant(wallMs, timeZone, likelyOffsetMs)
  let tick: Tick | null = null
  if (ms !== null) {
    const major = msIntoDay(wallMs) === 0
    const labelUnit = major && (unit === 'second' || unit === 'minute') ? 'day' : unit
    tick = { ms, major, label: formatTick(ms, timeZone, labelUnit) }
  }
  if (tickMemo.size >= TICK_MEMO_MAX) tickMemo.clear()
  tickMemo.set(key, tick)
  return tick
}
