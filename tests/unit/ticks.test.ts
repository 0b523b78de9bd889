import { describe, expect, it } from 'vitest'
import { zoneAbbreviation } from '../../src/domain/formatTime'
import { zonedTicks } from '../../src/domain/ticks'
import { parseIsoInstant } from '../../src/domain/time'

const AK = 'America/Anchorage'
const NY = 'America/New_York'
const HOUR = 3_600_000
const iso = (s: string) => {
  const r = parseIsoInstant(s, 'UTC')
  if (!r.ok) throw new Error(r.message)
  return r.ms
}

/** The wall-clock minute of the hour in `timeZone`, read back through Intl. */
const localMinute = (ms: number, timeZone: string) =>
  Number(new Intl.DateTimeFormat('en-US', { timeZone, minute: 'numeric' }).format(ms))

describe('zonedTicks', () => {
  it('puts a two-hour span on quarter hours of the local clock', () => {
    const ticks = zonedTicks(
      iso('2025-08-15T10:07:00-08:00'),
      iso('2025-08-15T12:07:00-08:00'),
      AK,
      8,
    )
    expect(ticks.map((t) => t.label)).toEqual([
      '10:15 AM',
      '10:30 AM',
      '10:45 AM',
      '11:00 AM',
      '11:15 AM',
      '11:30 AM',
      '11:45 AM',
      '12:00 PM',
    ])
    expect(ticks[1]!.ms).toBe(iso('2025-08-15T10:30:00-08:00'))
    expect(ticks.every((t) => [0, 15, 30, 45].includes(localMinute(t.ms, AK)))).toBe(true)
    expect(ticks.some((t) => t.major)).toBe(false)
  })

  it('puts a three-day span on local midnights, labelled with the day', () => {
    const ticks = zonedTicks(
      iso('2025-08-14T05:00:00-08:00'),
      iso('2025-08-17T05:00:00-08:00'),
      AK,
      3,
    )
    expect(ticks).toEqual([
      { ms: iso('2025-08-15T00:00:00-08:00'), label: 'Fri, Aug 15', major: true },
      { ms: iso('2025-08-16T00:00:00-08:00'), label: 'Sat, Aug 16', major: true },
      { ms: iso('2025-08-17T00:00:00-08:00'), label: 'Sun, Aug 17', major: true },
    ])
  })

  it('labels the midnight inside an hourly span with its day and marks it major', () => {
    const ticks = zonedTicks(
      iso('2025-08-15T20:00:00-08:00'),
      iso('2025-08-16T04:00:00-08:00'),
      AK,
      4,
    )
    expect(ticks.map((t) => [t.label, t.major])).toEqual([
      ['9:00 PM', false],
      ['Sat, Aug 16', true],
      ['3:00 AM', false],
    ])
  })

  it('falls on whole local hours in a half-hour zone', () => {
    const ticks = zonedTicks(
      iso('2025-08-15T06:10:00Z'),
      iso('2025-08-15T18:10:00Z'),
      'Asia/Kolkata',
      6,
    )
    expect(ticks.length).toBeGreaterThanOrEqual(3)
    for (const t of ticks) {
      expect(localMinute(t.ms, 'Asia/Kolkata')).toBe(0)
      // Kolkata is UTC+5:30, so whole local hours sit at half past in UTC.
      expect((t.ms + 5.5 * HOUR) % HOUR).toBe(0)
    }
    expect(ticks[0]!.label).toBe('12:00 PM')
  })

  it('does not take its offsets from the machine zone', () => {
    // The suite runs in Pacific/Chatham (UTC+12:45); any leak of it would shift ticks off the hour.
    const ticks = zonedTicks(iso('2025-08-15T00:20:00Z'), iso('2025-08-15T06:20:00Z'), 'UTC', 6)
    expect(ticks.map((t) => t.ms)).toEqual([1, 2, 3, 4, 5, 6].map((h) => Date.UTC(2025, 7, 15, h)))
    expect(ticks[0]!.label).toBe('1:00 AM')
  })

  it('keeps day ticks on local midnight across a daylight-saving change', () => {
    const ticks = zonedTicks(
      iso('2025-10-31T12:00:00-04:00'),
      iso('2025-11-04T12:00:00-05:00'),
      NY,
      4,
    )
    expect(ticks.map((t) => t.ms)).toEqual([
      iso('2025-11-01T00:00:00-04:00'),
      iso('2025-11-02T00:00:00-04:00'),
      iso('2025-11-03T00:00:00-05:00'),
      iso('2025-11-04T00:00:00-05:00'),
    ])
  })

  it('leaves out clock times that the spring-forward jump skips', () => {
    const ticks = zonedTicks(
      iso('2025-03-09T00:00:00-05:00'),
      iso('2025-03-09T05:00:00-04:00'),
      NY,
      8,
    )
    const labels = ticks.map((t) => t.label)
    expect(labels).toContain('1:30 AM')
    expect(labels).toContain('3:00 AM')
    expect(labels).not.toContain('2:00 AM')
    expect(labels).not.toContain('2:30 AM')
    expect(new Set(labels).size).toBe(labels.length)
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.ms).toBeGreaterThan(ticks[i - 1]!.ms)
  })

  it('names months rather than days when ticks are months apart', () => {
    const ticks = zonedTicks(
      iso('2025-08-15T00:00:00-08:00'),
      iso('2026-08-15T00:00:00-08:00'),
      AK,
      5,
    )
    expect(ticks.map((t) => t.label)).toEqual(['Oct 2025', 'Jan 2026', 'Apr 2026', 'Jul 2026'])
    expect(ticks[1]!.ms).toBe(iso('2026-01-01T00:00:00-09:00'))
  })

  it('gives the same ticks for a reversed range and none for a range that is not a number', () => {
    const a = iso('2025-08-15T10:00:00-08:00')
    const b = iso('2025-08-15T14:00:00-08:00')
    expect(zonedTicks(b, a, AK, 5)).toEqual(zonedTicks(a, b, AK, 5))
    expect(zonedTicks(Number.NaN, b, AK, 5)).toEqual([])
  })

  it('keeps every tick inside the range', () => {
    const a = iso('2025-08-15T10:07:00-08:00')
    const b = iso('2025-08-15T16:53:00-08:00')
    for (const count of [1, 2, 5, 10, 30]) {
      const ticks = zonedTicks(a, b, AK, count)
      expect(ticks.length).toBeGreaterThan(0)
      expect(ticks.every((t) => t.ms >= a && t.ms <= b)).toBe(true)
    }
  })
})

describe('zoneAbbreviation', () => {
  it('names the zone as readers know it, or by its offset where it has no name', () => {
    expect(zoneAbbreviation(iso('2025-08-15T18:00:00Z'), AK)).toBe('AKDT')
    expect(zoneAbbreviation(iso('2025-01-15T18:00:00Z'), AK)).toBe('AKST')
    expect(zoneAbbreviation(iso('2025-08-15T18:00:00Z'), 'UTC')).toBe('UTC')
    expect(zoneAbbreviation(iso('2025-08-15T18:00:00Z'), 'Asia/Kolkata')).toBe('GMT+5:30')
  })
})
