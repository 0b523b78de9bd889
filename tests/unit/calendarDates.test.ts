import { describe, expect, it } from 'vitest'
import { toRawDocument } from '../../src/data-io/exportJson'
import {
  describeDuration,
  describeEventWhen,
  eventDuration,
  formatSpan,
} from '../../src/domain/formatSpan'
import { describeEventTime } from '../../src/domain/formatTime'
import { parseTimeline } from '../../src/domain/parseTimeline'
import type { TimelineDocument } from '../../src/domain/types'

const CHICAGO = 'America/Chicago'

function parse(events: unknown[], timezone = 'UTC'): TimelineDocument {
  const r = parseTimeline({ timezone, events })
  if (!r.document) throw new Error(JSON.stringify(r.problems))
  return r.document
}

const war = {
  id: 'war',
  kind: 'era',
  title: 'The war years',
  start: '1943-07-01',
  end: '1946-12-01',
  granularity: { start: 'month', end: 'month' },
}

describe('whole months and years', () => {
  it('reads a month-granular event as its whole months', () => {
    const doc = parse([war])
    const e = doc.events[0]!
    expect(describeEventTime(e, 'UTC')).toBe('July 1943 – December 1946')
    expect(describeEventWhen(e, 'UTC')).toBe('July 1943 – December 1946')
    expect(e.endMs).toBe(Date.UTC(1947, 0, 1) - 1)
  })

  it('says how long it lasted in the largest units that fit', () => {
    expect(eventDuration(parse([war]).events[0]!, 'UTC')).toBe('3 years 6 months')
    const year = parse([
      { id: 'y', kind: 'k', title: 'A year', start: '1815-01-01', granularity: { start: 'year' } },
    ]).events[0]!
    expect(describeEventTime(year, 'UTC')).toBe('1815')
    expect(eventDuration(year, 'UTC')).toBe('1 year')
  })

  it('takes any day of the month as that month, in the document zone', () => {
    const doc = parse([{ ...war, start: '1943-07-19', end: '1946-12-31' }], CHICAGO)
    const e = doc.events[0]!
    expect(describeEventTime(e, CHICAGO)).toBe('July 1943 – December 1946')
    expect(toRawDocument(doc).events[0]).toMatchObject({
      start: '1943-07-01',
      end: '1946-12-01',
      granularity: { start: 'month', end: 'month' },
    })
  })

  it('keeps granularity through export and import', () => {
    const doc = parse([war])
    const again = parseTimeline(JSON.parse(JSON.stringify(toRawDocument(doc))))
    expect(again.problems).toEqual([])
    expect(again.document?.events).toEqual(doc.events)
  })

  it('ignores granularity on a clock time, and says so', () => {
    const r = parseTimeline({
      events: [{ ...war, start: '1943-07-01T10:00:00Z', end: undefined }],
    })
    expect(r.problems).toEqual([
      expect.objectContaining({ path: '$.events[0].granularity.start', severity: 'warning' }),
    ])
    expect(describeEventTime(r.document!.events[0]!, 'UTC')).toBe('10:00 AM UTC')
  })
})

describe('durations', () => {
  const h = 3_600_000
  it('uses hours and minutes within a day', () => {
    expect(describeDuration(0, 2.75 * h, 'UTC')).toBe('2 h 45 min')
    expect(describeDuration(0, 12 * 60_000, 'UTC')).toBe('12 min')
  })
  it('uses days and hours, months and days, years and months beyond', () => {
    expect(describeDuration(0, 76 * h, 'UTC')).toBe('3 days 4 h')
    expect(describeDuration(Date.UTC(2026, 0, 10), Date.UTC(2026, 2, 15), 'UTC')).toBe(
      '2 months 5 days',
    )
    expect(describeDuration(Date.UTC(2020, 0, 10), Date.UTC(2026, 0, 10), 'UTC')).toBe('6 years')
  })
  it('names both days of an event that runs past midnight', () => {
    const e = parse(
      [
        {
          id: 'e',
          kind: 'k',
          title: 'Late',
          start: '2026-03-03T23:00:00-06:00',
          end: '2026-03-04T01:30:00-06:00',
        },
      ],
      CHICAGO,
    ).events[0]!
    expect(describeEventWhen(e, CHICAGO)).toBe(
      'Tuesday, March 3, 2026, 11:00 PM CST to Wednesday, March 4, 2026, 1:30 AM CST',
    )
    expect(eventDuration(e, CHICAGO)).toBe('2 h 30 min')
  })
})

describe('formatSpan: the header’s dates', () => {
  const at = (id: string, start: string, end?: string) => ({
    id,
    kind: 'k',
    title: id,
    start,
    ...(end ? { end } : {}),
  })
  it('shows one day as that day', () => {
    const doc = parse(
      [at('a', '2026-03-03T19:00:00-06:00'), at('b', '2026-03-03T21:00:00-06:00')],
      CHICAGO,
    )
    expect(formatSpan(doc)).toBe('Tuesday, March 3, 2026')
  })
  it('shows days in one month, months in one year, and years', () => {
    const days = parse(
      [at('a', '2026-03-03T19:00:00-06:00'), at('b', '2026-03-04T01:00:00-06:00')],
      CHICAGO,
    )
    expect(formatSpan(days)).toBe('March 3–4, 2026')
    expect(formatSpan(parse([at('a', '2026-03-30'), at('b', '2026-04-02')]))).toBe(
      'March 30 – April 2, 2026',
    )
    expect(formatSpan(parse([at('a', '2025-12-20'), at('b', '2026-01-05')]))).toBe(
      'December 2025 – January 2026',
    )
    expect(formatSpan(parse([at('a', '1815-12-10'), at('b', '1900-01-01', '1946-06-01')]))).toBe(
      '1815–1946',
    )
  })
  it('follows the zone it is given', () => {
    const doc = parse(
      [at('a', '2026-03-03T19:00:00-06:00'), at('b', '2026-03-03T21:00:00-06:00')],
      CHICAGO,
    )
    expect(formatSpan(doc, 'UTC')).toBe('Wednesday, March 4, 2026')
  })
})
