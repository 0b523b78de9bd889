import { describe, expect, it } from 'vitest'
import {
  countMinutes,
  describeEventTime,
  describeTime,
  formatClockRange,
  formatDuration,
  zoneAbbreviation,
} from '../../src/domain/formatTime'
import { parseIsoInstant } from '../../src/domain/time'
import type { TimePoint } from '../../src/domain/types'

const AK = 'America/Anchorage'
const at = (iso: string) => {
  const r = parseIsoInstant(iso, 'UTC')
  if (!r.ok) throw new Error(r.message)
  return r.ms
}
const point = (iso: string, extra: Partial<TimePoint> = {}): TimePoint => {
  const ms = at(iso)
  return { ms, precision: 'exact', earliestMs: ms, latestMs: ms, sourceIds: [], ...extra }
}

describe('time formatting (the process runs in Pacific/Chatham; nothing may depend on it)', () => {
  it('names the Alaska daylight zone on the summit day', () => {
    expect(zoneAbbreviation(at('2025-08-15T18:20:00Z'), AK)).toBe('AKDT')
    expect(zoneAbbreviation(at('2025-08-15T18:20:00Z'), 'UTC')).toBe('UTC')
  })

  it('shows an exact time in the document zone', () => {
    expect(describeTime(point('2025-08-15T10:20:00-08:00'), AK)).toBe('10:20 AM AKDT')
  })

  it('says “about” for an approximate time', () => {
    expect(describeTime(point('2025-08-15T16:00:00-08:00', { precision: 'approximate' }), AK)).toBe(
      'about 4:00 PM AKDT',
    )
  })

  it('shows a window as its bounds, sharing one day period', () => {
    const p = point('2025-08-15T14:10:00-08:00', {
      precision: 'window',
      earliestMs: at('2025-08-15T14:10:00-08:00'),
      latestMs: at('2025-08-15T15:00:00-08:00'),
    })
    expect(describeTime(p, AK)).toBe('between 2:10 and 3:00 PM AKDT')
  })

  it('marks derived times as derived', () => {
    const p = point('2025-08-15T14:11:00-08:00', {
      precision: 'derived',
      earliestMs: at('2025-08-15T14:11:00-08:00'),
      latestMs: at('2025-08-15T14:17:00-08:00'),
    })
    expect(describeTime(p, AK)).toBe('between 2:11 and 2:17 PM AKDT (derived)')
  })

  it('keeps both day periods in a range across noon', () => {
    expect(
      formatClockRange(at('2025-08-15T11:50:00-08:00'), at('2025-08-15T12:10:00-08:00'), AK),
    ).toBe('11:50 AM and 12:10 PM')
  })

  it('converts to UTC on request, crossing midnight', () => {
    expect(describeTime(point('2025-08-15T16:20:00-08:00'), 'UTC')).toBe('12:20 AM UTC')
  })

  it('says by how many minutes the sources differ on an exact time', () => {
    const start = point('2025-08-15T10:54:00-08:00', { latestMs: at('2025-08-15T10:56:00-08:00') })
    const event = { start } as Parameters<typeof describeEventTime>[0]
    expect(describeEventTime(event, AK)).toBe('10:54 AM AKDT (sources differ by two minutes)')
  })

  it('counts minutes in words up to ten and in digits beyond', () => {
    expect(countMinutes(60_000)).toBe('one minute')
    expect(countMinutes(10 * 60_000)).toBe('ten minutes')
    expect(countMinutes(25 * 60_000)).toBe('25 minutes')
  })

  it('formats durations in hours and minutes', () => {
    expect(formatDuration(165 * 60_000)).toBe('2 h 45 min')
    expect(formatDuration(12 * 60_000)).toBe('12 min')
    expect(formatDuration(180 * 60_000)).toBe('3 h')
  })
})

describe('parseIsoInstant', () => {
  it('reads offsets and Z alike', () => {
    expect(at('2025-08-15T10:20:00-08:00')).toBe(at('2025-08-15T18:20:00Z'))
  })

  it('reads minutes alone, seconds, one to three digits of a second, and spaces around', () => {
    const base = at('2025-08-15T18:20:00Z')
    expect(at('2025-08-15T10:20-08:00')).toBe(base)
    expect(at('2025-08-15T18:20:00.5Z')).toBe(base + 500)
    expect(at('2025-08-15T18:20:00.05Z')).toBe(base + 50)
    expect(at('2025-08-15T18:20:07.123Z')).toBe(base + 7_123)
    expect(at(' 2025-08-15T23:50:00+05:30 ')).toBe(base)
  })

  it('says what is wrong with a time it refuses', () => {
    const message = (iso: string) => {
      const r = parseIsoInstant(iso, 'UTC')
      return r.ok ? null : r.message
    }
    expect(message('2025-02-30')).toBe('2025-02-30 is not a real calendar date')
    expect(message('2025-08-15T24:00Z')).toBe('24:00 is not a valid time of day')
    expect(message('2025-08-15T10:00:60Z')).toBe('10:00 is not a valid time of day')
    expect(message('2025-08-15T10:00+15:00')).toBe('+15:00 is not a valid UTC offset')
    expect(message('2025-08-15T10:00')).toMatch(/^"2025-08-15T10:00" is not an ISO 8601 time/)
  })

  it('refuses impossible dates and times, and years out of range', () => {
    for (const bad of [
      '2025-02-30T10:00:00Z',
      '2025-08-15T24:00:00Z',
      '',
      'yesterday',
      '275761-01-01T00:00:00Z',
      '2025-08-15T10:00:00+15:00',
    ]) {
      expect(parseIsoInstant(bad, 'UTC').ok).toBe(false)
    }
  })

  it('accepts exactly the days of the calendar that dates count, leap years included', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0')
    for (const year of [100, 1600, 1700, 1900, 1999, 2000, 2024, 2025, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const probe = new Date(Date.UTC(year, month - 1, day))
          const real =
            probe.getUTCFullYear() === year &&
            probe.getUTCMonth() === month - 1 &&
            probe.getUTCDate() === day
          const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T12:00:00Z`
          expect(parseIsoInstant(iso, 'UTC').ok, iso).toBe(real)
          if (real)
            expect(parseIsoInstant(iso, 'UTC')).toMatchObject({
              ms: probe.getTime() + 12 * 3_600_000,
            })
        }
      }
    }
    // Date.UTC reads years before 100 as 1900 to 1999: such years are refused, never moved.
    expect(parseIsoInstant('0025-08-15T10:00:00Z', 'UTC').ok).toBe(false)
  })
})
