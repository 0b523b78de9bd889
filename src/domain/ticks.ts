import { scaleUtc } from 'd3-scale'
import { zoneOffsetMs } from './time'

export interface Tick {
  ms: number
  label: string
  /** Local midnight: the day changes here. */
  major: boolean
}

const HOUR_MS = 3_600_000
const DAY_MS = 86_400_000
const clockFormats = new Map<string, Intl.DateTimeFormat>()
const dayFormats = new Map<string, Intl.DateTimeFormat>()

function formatter(cache: Map<string, Intl.DateTimeFormat>, timeZone: string, options: Intl.DateTimeFormatOptions) {
  let f = cache.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, ...options })
    cache.set(timeZone, f)
  }
  return f
}

/**
 * Axis ticks on nice local clock times in `timeZone` (every 15 minutes, hour, 3 hours, day …),
 * adapting to the span. Ticks are chosen in a pseudo-UTC space shifted by the zone's offset at
 * the middle of the range, so they fall on local round times whatever the machine's own zone.
 */
export function zonedTicks(startMs: number, endMs: number, timeZone: string, approxCount: number): Tick[] {
  if (!(endMs > startMs)) return []
  const offset = zoneOffsetMs((startMs + endMs) / 2, timeZone)
  const local = scaleUtc().domain([startMs + offset, endMs + offset])
  const shifted = local.ticks(Math.max(1, approxCount)).map((d) => d.getTime())
  const step = shifted.length > 1 ? (shifted[1] ?? 0) - (shifted[0] ?? 0) : HOUR_MS
  const byDay = step >= DAY_MS
  const clock = formatter(clockFormats, timeZone, { hour: 'numeric', minute: '2-digit' })
  const day = formatter(dayFormats, timeZone, { weekday: 'short', month: 'short', day: 'numeric' })
  return shifted.map((localMs) => {
    const ms = localMs - offset
    const major = localMs % DAY_MS === 0
    return { ms, major, label: byDay || major ? day.format(ms) : clock.format(ms) }
  })
}
