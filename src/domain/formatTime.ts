import type { CalendarUnit } from './calendar'
import type { TimePoint, TimelineEvent } from './types'

/** Which zone the reader has chosen to see times in. */
export type ZoneChoice = 'document' | 'reader' | 'utc'

const cache = new Map<string, Intl.DateTimeFormat>()
/** A cached en-US formatter for one zone and option set (the axis formats on every frame). */
function fmt(
  timeZone: string,
  key: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const k = `${timeZone}|${key}`
  let f = cache.get(k)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, ...options })
    cache.set(k, f)
  }
  return f
}

/** The IANA zone to format in for a zone choice. */
export function resolveZone(choice: ZoneChoice, documentZone: string): string {
  if (choice === 'utc') return 'UTC'
  if (choice === 'reader') return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  return documentZone
}

/**
 * Formats `ms` with a cached formatter. Newer ICU puts a narrow no-break space before AM/PM;
 * it becomes a plain space so that text is the same in every engine.
 */
export function formatWith(
  ms: number,
  timeZone: string,
  key: string,
  options: Intl.DateTimeFormatOptions,
): string {
  return fmt(timeZone, key, options)
    .format(ms)
    .replace(/\u202f/g, ' ')
}

/** "10:54 AM" in the zone. */
export function formatClock(ms: number, timeZone: string): string {
  return formatWith(ms, timeZone, 'clock', { hour: 'numeric', minute: '2-digit' })
}

/** The zone's short name at that instant: "AKDT", "UTC", or "GMT+5:30" where none exists. */
export function zoneAbbreviation(ms: number, timeZone: string): string {
  if (timeZone === 'UTC') return 'UTC'
  const parts = fmt(timeZone, 'abbr', { timeZoneName: 'short' }).formatToParts(ms)
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone
}

/** "Friday, August 15, 2025" in the zone. */
export function formatDay(ms: number, timeZone: string): string {
  return formatWith(ms, timeZone, 'day', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  })
}

/** "July 1943", "1943": the month or year that begins at `ms` in the zone. */
export function describePeriod(ms: number, unit: CalendarUnit, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions =
    unit === 'year' ? { year: 'numeric' } : { month: 'long', year: 'numeric' }
  return formatWith(ms, timeZone, unit, options)
}

/** "2 h 45 min", "12 min", "3 h". */
export function formatDuration(ms: number): string {
  const totalMin = Math.round(ms / 60_000)
  const h = Math.floor(totalMin / 60)
  const m = totalMin % 60
  if (h === 0) return `${m} min`
  return m === 0 ? `${h} h` : `${h} h ${m} min`
}

/** Splits "2:10 PM" into its clock and day-period so ranges can share one "PM". */
function clockParts(ms: number, timeZone: string): { clock: string; period: string } {
  const parts = fmt(timeZone, 'clock', { hour: 'numeric', minute: '2-digit' }).formatToParts(ms)
  const period = parts.find((p) => p.type === 'dayPeriod')?.value ?? ''
  const clock = parts
    .filter((p) => p.type !== 'dayPeriod')
    .map((p) => p.value)
    .join('')
    .trim()
  return { clock, period }
}

/** "2:10 and 3:00 PM", or "11:50 AM and 12:10 PM" across noon. */
export function formatClockRange(
  fromMs: number,
  toMs: number,
  timeZone: string,
  joiner = 'and',
): string {
  const a = clockParts(fromMs, timeZone)
  const b = clockParts(toMs, timeZone)
  const left = a.period === b.period || !a.period ? a.clock : `${a.clock} ${a.period}`
  return `${left} ${joiner} ${b.clock}${b.period ? ` ${b.period}` : ''}`
}

/** Words for a time with its precision: "about 4:00 PM AKDT", "between 2:10 and 3:00 PM AKDT". */
export function describeTime(point: TimePoint, timeZone: string): string {
  const zone = zoneAbbreviation(point.ms, timeZone)
  const spread = point.latestMs > point.earliestMs
  switch (point.precision) {
    case 'day':
      return point.granularity
        ? describePeriod(point.ms, point.granularity, timeZone)
        : formatDay(point.ms, timeZone)
    case 'window':
      return `between ${formatClockRange(point.earliestMs, point.latestMs, timeZone)} ${zone}`
    case 'approximate':
      return `about ${formatClock(point.ms, timeZone)} ${zone}`
    case 'derived':
      return spread
        ? `between ${formatClockRange(point.earliestMs, point.latestMs, timeZone)} ${zone} (derived)`
        : `about ${formatClock(point.ms, timeZone)} ${zone} (derived)`
    case 'exact':
      return `${formatClock(point.ms, timeZone)} ${zone}`
  }
}

/** True when sources give different minutes for a time we otherwise hold as exact. */
export function sourcesDiffer(point: TimePoint): boolean {
  return point.precision === 'exact' && point.latestMs > point.earliestMs
}

const SMALL_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]

/** "one minute", "two minutes", "25 minutes": small counts in words, as a reader would say them. */
export function countMinutes(ms: number): string {
  const n = Math.max(1, Math.round(ms / 60_000))
  return `${SMALL_NUMBERS[n] ?? String(n)} ${n === 1 ? 'minute' : 'minutes'}`
}

/** " (sources differ by two minutes)" when sources disagree on an exact time, else "". */
function disagreement(point: TimePoint): string {
  return sourcesDiffer(point)
    ? ` (sources differ by ${countMinutes(point.latestMs - point.earliestMs)})`
    : ''
}

/** One time in words, with the spread on which sources disagree. */
export function describeTimeFully(point: TimePoint, timeZone: string): string {
  return `${describeTime(point, timeZone)}${disagreement(point)}`
}

/** One line for an event's time span, as the detail panel, marks and hover show it. */
export function describeEventTime(event: TimelineEvent, timeZone: string): string {
  const start = describeTimeFully(event.start, timeZone)
  if (!event.end) return start
  // Dates read as a range ("July 1943 – December 1946"); clock times as "… to …".
  const joiner = event.start.precision === 'day' ? ' – ' : ' to '
  return `${start}${joiner}${describeTimeFully(event.end, timeZone)}`
}
