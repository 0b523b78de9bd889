/**
 * Strict ISO 8601 parsing and zone-aware formatting. Nothing here hands an arbitrary string to
 * `new Date()`, and every formatter takes the zone explicitly, so results never depend on the
 * machine's own zone.
 */

/** An ISO 8601 instant with an offset, or a calendar day: the only times the format accepts. */
export const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2}))?$/

/** A calendar day in UTC (a day in a zone with a DST change is an hour shorter or longer). */
export const DAY_MS = 86_400_000

/** The latest instant ECMAScript dates can hold (±8.64e15 ms). */
const MAX_MS = 8.64e15

export type ParsedInstant =
  { ok: true; ms: number; isDay: boolean } | { ok: false; message: string }

/** Parses an ISO 8601 instant with offset (or a calendar day, taken in `timeZone`). */
export function parseIsoInstant(value: string, timeZone: string): ParsedInstant {
  const m = ISO_8601.exec(value.trim())
  if (!m) {
    return {
      ok: false,
      message: `"${value.slice(0, 40)}" is not an ISO 8601 time with an offset (e.g. 2025-08-15T10:20:00-08:00) or a date (2025-08-15)`,
    }
  }
  const [, y, mo, d, h, mi, s, frac, offset] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  // Years before 100 are refused as well: Date.UTC would read them as 1900 to 1999.
  if (year < 100 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `${y}-${mo}-${d} is not a real calendar date` }
  }
  if (h === undefined) {
    const ms = zonedWallTimeToUtc(year, month, day, 0, 0, timeZone)
    return Number.isFinite(ms) && Math.abs(ms) <= MAX_MS
      ? { ok: true, ms, isDay: true }
      : { ok: false, message: `${value} is out of range` }
  }
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s ?? 0)
  if (hour > 23 || minute > 59 || second > 59) {
    return { ok: false, message: `${h}:${mi} is not a valid time of day` }
  }
  const offsetMin = offset === 'Z' || offset === undefined ? 0 : parseOffsetMinutes(offset)
  if (offsetMin === null) return { ok: false, message: `${offset} is not a valid UTC offset` }
  const ms =
    Date.UTC(year, month - 1, day, hour, minute, second, Number((frac ?? '0').padEnd(3, '0'))) -
    offsetMin * 60_000
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_MS) {
    return { ok: false, message: `${value} is out of range` }
  }
  return { ok: true, ms, isDay: false }
}

/** The days in a month of the proleptic Gregorian calendar (as ECMAScript dates count them). */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
}

function parseOffsetMinutes(offset: string): number | null {
  const sign = offset.startsWith('-') ? -1 : 1
  const hh = Number(offset.slice(1, 3))
  const mm = Number(offset.slice(4, 6))
  if (hh > 14 || mm > 59) return null
  return sign * (hh * 60 + mm)
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>()

/** True when `timeZone` is an IANA zone name that this browser knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

/** The zone's offset from UTC, in ms, at the instant `ms`. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  let f = partsFormatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    partsFormatters.set(timeZone, f)
  }
  const p: Record<string, number> = {}
  for (const part of f.formatToParts(ms)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value)
  }
  const asUtc = Date.UTC(
    p.year ?? 1970,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  )
  return asUtc - (ms - (((ms % 1000) + 1000) % 1000))
}

/** The UTC instant at which the wall clock in `timeZone` shows the given local time. */
export function zonedWallTimeToUtc(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute)
  const first = guess - zoneOffsetMs(guess, timeZone)
  // A second pass settles instants near a daylight-saving change.
  return guess - zoneOffsetMs(first, timeZone)
}
