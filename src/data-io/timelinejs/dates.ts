import { formatIsoInstant } from '../../domain/isoFormat'
import { zonedWallTimeToUtc } from '../../domain/time'

/**
 * TimelineJS dates are objects ({ year, month, day, hour, minute, second, millisecond }, numbers
 * or numeric strings) with no time zone: they are wall-clock times, read here in a zone the caller
 * chooses. A year or a month alone stays one (`coarse`): the event's `granularity`.
 */

export type TjsDate =
  | { ok: true; iso: string; coarse: 'year' | 'month' | null; timed: boolean }
  | { ok: false; field: string; message: string }

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const FIELDS = [
  ['month', 1, 12],
  ['day', 1, 31],
  ['hour', 0, 23],
  ['minute', 0, 59],
  ['second', 0, 59],
  ['millisecond', 0, 999],
] as const

function int(value: unknown): number | null | undefined {
  if (value === undefined || value === null || value === '') return undefined
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
  return Number.isInteger(n) ? n : null
}

const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** Converts one TimelineJS date object to an ISO string the format accepts, in `timeZone`. */
export function convertDate(value: unknown, timeZone: string): TjsDate {
  if (typeof value !== 'object' || value === null) {
    return { ok: false, field: '', message: 'must be an object with at least a "year"' }
  }
  const d = value as Record<string, unknown>
  const year = int(d.year)
  if (year === undefined || year === null || year < 100 || year > 9999) {
    return { ok: false, field: '.year', message: 'must be a year from 100 to 9999' }
  }
  const parts: Partial<Record<(typeof FIELDS)[number][0], number>> = {}
  for (const [name, min, max] of FIELDS) {
    const n = int(d[name])
    if (n === null || (n !== undefined && (n < min || n > max))) {
      return {
        ok: false,
        field: `.${name}`,
        message: `must be a whole number from ${min} to ${max}`,
      }
    }
    if (n !== undefined) parts[name] = n
  }
  const { month, day, hour } = parts
  if (month !== undefined && day !== undefined && day > lastDay(year, month)) {
    return {
      ok: false,
      field: '.day',
      message: `${year}-${pad(month)}-${pad(day)} is not a real calendar date`,
    }
  }
  const date = `${pad(year, 4)}-${pad(month ?? 1)}-${pad(day ?? 1)}`
  if (month === undefined) return { ok: true, iso: date, coarse: 'year', timed: false }
  if (day === undefined) return { ok: true, iso: date, coarse: 'month', timed: false }
  if (hour === undefined) return { ok: true, iso: date, coarse: null, timed: false }
  const ms =
    zonedWallTimeToUtc(year, month, day, hour, parts.minute ?? 0, timeZone) +
    (parts.second ?? 0) * 1000 +
    (parts.millisecond ?? 0)
  return { ok: true, iso: formatIsoInstant(ms, timeZone), coarse: null, timed: true }
}
