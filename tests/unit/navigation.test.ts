import { describe, expect, it } from 'vitest'
import { eventAWindowAway, stepEvent } from '../../src/domain/navigation'
import type { EventId, TimelineEvent } from '../../src/domain/types'

const MIN = 60_000
/** Events at the given minutes, ids e0, e1, … in time order. */
const at = (...minutes: number[]): TimelineEvent[] =>
  minutes.map((m, i) => ({ id: `e${i}` as EventId, startMs: m * MIN }) as TimelineEvent)
const ids = (e: TimelineEvent | null) => e?.id ?? null

describe('stepping through events', () => {
  it('stepEvent stops at the first and the last event instead of wrapping', () => {
    const events = at(0, 10, 20)
    expect(ids(stepEvent(events, 'e2' as EventId, 1))).toBe('e2')
    expect(ids(stepEvent(events, 'e0' as EventId, -1))).toBe('e0')
  })

  it('eventAWindowAway moves to the first event a whole window later', () => {
    const events = at(0, 10, 20, 30, 40, 50)
    expect(ids(eventAWindowAway(events, 'e0', 25 * MIN, 1))).toBe('e3')
    expect(ids(eventAWindowAway(events, 'e5', 25 * MIN, -1))).toBe('e2')
  })

  it('eventAWindowAway moves at least one event, even when the next is less than a window away', () => {
    const events = at(0, 1, 2, 100)
    expect(ids(eventAWindowAway(events, 'e1', 0.5 * MIN, 1))).toBe('e2')
    expect(ids(eventAWindowAway(events, 'e2', 0.5 * MIN, -1))).toBe('e1')
  })

  it('eventAWindowAway stops at the ends without wrapping', () => {
    const events = at(0, 10, 20)
    expect(ids(eventAWindowAway(events, 'e1', 60 * MIN, 1))).toBe('e2')
    expect(ids(eventAWindowAway(events, 'e2', 60 * MIN, 1))).toBe('e2')
    expect(ids(eventAWindowAway(events, 'e1', 60 * MIN, -1))).toBe('e0')
    expect(ids(eventAWindowAway(events, 'e0', 60 * MIN, -1))).toBe('e0')
  })

  it('eventAWindowAway from no event goes to the first or the last', () => {
    const events = at(0, 10, 20)
    expect(ids(eventAWindowAway(events, null, 5 * MIN, 1))).toBe('e0')
    expect(ids(eventAWindowAway(events, 'missing', 5 * MIN, -1))).toBe('e2')
    expect(eventAWindowAway([], null, 5 * MIN, 1)).toBeNull()
  })
})
