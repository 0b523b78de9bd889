import { zonedWallTimeToUtc, zoneOffsetMs } from './time'

/**
 * Whole months and years (TimelineJS's "1943" or "July 1943", or an event's `granularity`): a
 * date that stands for the whole period it falls in, read on the wall calendar of a zone.
 */

export type CalendarUnit = 'month' | 'year'

/** The wall-calendar year, month (1–12) and day at `ms` in the zone. */
export function wallDate(
  ms: number,
  timeZone: string,
): { year: number; month: number; day: number } {
  const d = new Date(ms + zoneOffsetMs(ms, timeZone))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }
}

/** The month or year that `ms` falls in, as instants: its first moment and the next one's. */
export function periodAround(
  ms: number,
  unit: CalendarUnit,
  timeZone: string,
): { startMs: number; endMs: number } {
  const { year, month } = wallDate(ms, timeZone)
  const first = unit === 'year' ? 1 : month
  const next = unit === 'year' || month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 }
  return {
    startMs: zonedWallTimeToUtc(year, first, 1, 0, 0, timeZone),
    endMs: zonedWallTimeToUtc(next.y, next.m, 1, 0, 0, timeZone),
  }
}
