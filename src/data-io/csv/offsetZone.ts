import type { Problem } from '../../domain/types'

/**
 * A sheet without a `document` row names no zone, but its times carry offsets. When every time
 * carries the same one, the reader should see the clock the producer typed ("7:00 PM" written
 * "-06:00"), not UTC, which may even move an evening meeting to the next day. Mixed offsets
 * (a daylight-saving change, or several places) cannot be one fixed offset: UTC, with a warning.
 */

const OFFSET = /T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?([+-]\d{2}:\d{2}|Z)$/

/** "Etc/GMT+6" for -06:00 (the IANA names count the other way); null when not whole hours. */
function fixedZone(offset: string): string | null {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset)
  if (!m || m[3] !== '00') return null
  const hours = Number(m[2])
  if (hours === 0) return 'UTC'
  return hours > 14 ? null : `Etc/GMT${m[1] === '-' ? '+' : '-'}${hours}`
}

const warning = (message: string): Problem => ({
  path: 'the whole file',
  message,
  severity: 'warning',
})

const ADVICE =
  'Add a "document" row with a "timezone" (e.g. America/Chicago) to name the zone and its abbreviation.'

/** The zone to show a zoneless sheet in, from the offsets its times carry, and what to tell. */
export function zoneFromOffsets(times: readonly string[]): {
  timezone?: string
  problem?: Problem
} {
  const offsets = new Set<string>()
  for (const t of times) {
    const m = OFFSET.exec(t.trim())
    if (m?.[1]) offsets.add(m[1] === 'Z' ? '+00:00' : m[1])
  }
  const [only, ...others] = [...offsets]
  if (!only || (others.length === 0 && only === '+00:00')) return {}
  if (others.length > 0) {
    const list = [...offsets].sort().join(', ')
    return {
      problem: warning(
        `The times carry different UTC offsets (${list}) and no time zone, so they are shown in UTC. ${ADVICE}`,
      ),
    }
  }
  const zone = fixedZone(only)
  if (!zone) {
    return {
      problem: warning(
        `The times carry the UTC offset ${only}, which is not a whole number of hours, and no time zone, so they are shown in UTC. ${ADVICE}`,
      ),
    }
  }
  return {
    timezone: zone,
    problem: warning(
      `The times carry the UTC offset ${only} and no time zone, so they are shown at that offset (UTC${only}). ${ADVICE}`,
    ),
  }
}
