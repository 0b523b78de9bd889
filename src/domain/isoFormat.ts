import { zoneOffsetMs } from './time'

/** Writing instants back as the ISO 8601 strings the format accepts (the inverse of parsing). */

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function wallClock(ms: number, offsetMs: number) {
  const d = new Date(ms + offsetMs)
  return {
    date: `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    fraction: d.getUTCMilliseconds() ? `.${pad(d.getUTCMilliseconds(), 3)}` : '',
  }
}

/** Writes an instant as ISO 8601 with the zone's offset at that instant (`Z` when it is zero). */
export function formatIsoInstant(ms: number, timeZone: string): string {
  let offsetMs = zoneOffsetMs(ms, timeZone)
  // Old local mean times have offsets in seconds, which ISO offsets cannot carry: use UTC.
  if (offsetMs % 60_000 !== 0) offsetMs = 0
  const { date, time, fraction } = wallClock(ms, offsetMs)
  if (offsetMs === 0) return `${date}T${time}${fraction}Z`
  const minutes = Math.abs(offsetMs) / 60_000
  const sign = offsetMs < 0 ? '-' : '+'
  return `${date}T${time}${fraction}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`
}

/** Writes the calendar day on which `ms` falls in the zone, as `YYYY-MM-DD`. */
export function formatIsoDay(ms: number, timeZone: string): string {
  return wallClock(ms, zoneOffsetMs(ms, timeZone)).date
}
