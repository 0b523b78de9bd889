import { describe, expect, it } from 'vitest'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { spanNoun, wholeSpan } from '../../src/domain/spanWords'

/** An invented document with one event from `start` to `end`, in `timezone`. */
function span(start: string, end: string, timezone = 'America/Chicago'): string {
  const { document } = parseTimeline({
    timezone,
    events: [{ id: 'e', kind: 'k', title: 'T', start, end }],
  })
  return spanNoun(document!)
}

describe('spanNoun', () => {
  it('counts calendar days in the document’s own zone, not in UTC', () => {
    // 17:00 to 19:00 in Chicago crosses midnight UTC, but is one evening there.
    expect(span('2026-03-03T17:00:00-06:00', '2026-03-03T19:00:00-06:00')).toBe('the day')
    expect(span('2026-03-03T17:00:00-06:00', '2026-03-03T19:00:00-06:00', 'UTC')).toBe(
      'the two days',
    )
  })

  it('names a few days, a week, a few weeks, then the years', () => {
    expect(span('2026-04-06', '2026-04-09')).toBe('the four days')
    expect(span('2026-04-06', '2026-04-12')).toBe('the week')
    expect(span('2026-04-06', '2026-04-25')).toBe('the 20 days')
    expect(span('1943-07-01', '1943-12-31')).toBe('1943')
    expect(span('1815-06-09', '1946-10-01')).toBe('1815–1946')
  })

  it('wholeSpan says what “Fit all” shows', () => {
    expect(wholeSpan('the day')).toBe('the whole day')
    expect(wholeSpan('the two days')).toBe('the whole two days')
    expect(wholeSpan('the 20 days')).toBe('the whole 20 days')
    expect(wholeSpan('1815–1946')).toBe('all of 1815–1946')
  })
})
