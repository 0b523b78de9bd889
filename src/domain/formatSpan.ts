import { wallDate } from './calendar'
import { describeEventTime, describeTimeFully, formatDay, formatWith } from './formatTime'
import type { TimePoint, TimelineDocument, TimelineEvent } from './types'
import { DAY_MS } from './time'

/**
 * Spans in words: how long an event lasted ("3 years 6 months", "2 h 45 min"), the whole of an
 * event's "when", and the stretch of time a document covers ("1815–1946", "March 3–4, 2026").
 */

const HOUR_MS = 3_600_000

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`

/** The two largest units that fit: "3 years 6 months", "2 months 5 days", "3 days 4 h", "2 h 45 min". */
export function describeDuration(fromMs: number, toMs: number, timeZone: string): string {
  const ms = Math.max(0, toMs - fromMs)
  if (ms < DAY_MS) {
    const totalMin = Math.round(ms / 60_000)
    const h = Math.floor(totalMin / 60)
    const m = totalMin % 60
    if (h === 0) return `${m} min`
    return m === 0 ? `${h} h` : `${h} h ${m} min`
  }
  const a = wallDate(fromMs, timeZone)
  const b = wallDate(toMs, timeZone)
  let months = (b.year - a.year) * 12 + (b.month - a.month)
  // A month counts only once its day (and time of day) has come round again.
  if (months > 0 && addMonths(fromMs, months, timeZone) > toMs) months--
  if (months >= 1) {
    const years = Math.floor(months / 12)
    const rest = months % 12
    if (years > 0)
      return rest ? `${plural(years, 'year')} ${plural(rest, 'month')}` : plural(years, 'year')
    const days = Math.floor((toMs - addMonths(fromMs, months, timeZone)) / DAY_MS)
    return days ? `${plural(months, 'month')} ${plural(days, 'day')}` : plural(months, 'month')
  }
  const days = Math.floor(ms / DAY_MS)
  const hours = Math.round((ms - days * DAY_MS) / HOUR_MS)
  return hours ? `${plural(days, 'day')} ${hours} h` : plural(days, 'day')
}

/** The instant `months` calendar months after `ms`, at the same wall-clock time. */
function addMonths(ms: number, months: number, timeZone: string): number {
  const { year, month } = wallDate(ms, timeZone)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const shift =
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), 1) - Date.UTC(year, month - 1, 1)
  return ms + shift
}

/** True for a time given as a date alone (a day, a month or a year), not a clock time. */
const isCalendar = (p: TimePoint) => p.precision === 'day'

/** The first instant after a time: the end of its day, month or year for a date. */
const afterMs = (p: TimePoint) => (isCalendar(p) ? p.latestMs + 1 : p.ms)

/** How long an event lasted, computed from its times; null for an instant. */
export function eventDuration(event: TimelineEvent, timeZone: string): string | null {
  if (!event.end && !event.start.granularity) return null
  const toMs = event.end ? afterMs(event.end) : afterMs(event.start)
  return describeDuration(event.start.ms, toMs, timeZone)
}

/** The event's "when" in full: the day and the clock time, or the dates alone for dates. */
export function describeEventWhen(event: TimelineEvent, timeZone: string): string {
  if (isCalendar(event.start)) return describeEventTime(event, timeZone)
  const day = formatDay(event.start.ms, timeZone)
  const end = event.end
  if (!end || isCalendar(end) || sameDay(event.start.ms, end.ms, timeZone)) {
    return `${day}, ${describeEventTime(event, timeZone)}`
  }
  // An end on another day names that day too.
  const startWords = describeTimeFully(event.start, timeZone)
  const endWords = describeTimeFully(end, timeZone)
  return `${day}, ${startWords} to ${formatDay(end.ms, timeZone)}, ${endWords}`
}

function sameDay(aMs: number, bMs: number, timeZone: string): boolean {
  const a = wallDate(aMs, timeZone)
  const b = wallDate(bMs, timeZone)
  return a.year === b.year && a.month === b.month && a.day === b.day
}

const monthName = (ms: number, tz: string) => formatWith(ms, tz, 'month-name', { month: 'long' })

/**
 * The stretch of time a document covers, for its header: its day when it holds one
 * ("Friday, August 15, 2025"), else "March 3–4, 2026", "March 30 – April 2, 2026",
 * "December 2025 – January 2026" or "1815–1946".
 */
export function formatSpan(doc: TimelineDocument, timeZone = doc.timezone): string {
  const first = doc.events[0]
  if (!first) return ''
  const fromMs = first.startMs // events are sorted by start
  let toMs = first.endMs
  for (const e of doc.events) if (e.endMs > toMs) toMs = e.endMs
  if (sameDay(fromMs, toMs, timeZone)) return formatDay(fromMs, timeZone)
  const a = wallDate(fromMs, timeZone)
  const b = wallDate(toMs, timeZone)
  if (a.year === b.year && a.month === b.month) {
    return `${monthName(fromMs, timeZone)} ${a.day}–${b.day}, ${a.year}`
  }
  if (a.year === b.year) {
    return `${monthName(fromMs, timeZone)} ${a.day} – ${monthName(toMs, timeZone)} ${b.day}, ${a.year}`
  }
  if (b.year - a.year === 1 && toMs - fromMs < 366 * DAY_MS) {
    return `${monthName(fromMs, timeZone)} ${a.year} – ${monthName(toMs, timeZone)} ${b.year}`
  }
  return `${a.year}–${b.year}`
}
