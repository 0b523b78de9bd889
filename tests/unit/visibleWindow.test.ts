import { randomLcg } from 'd3-random'
import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../src/domain/types'
import { createTimeIndex, indexesInRange } from '../../src/domain/visibleWindow'

/** Seeded events sorted by start, some of them long spans. */
function seededEvents(n: number, seed: number): TimelineEvent[] {
  const rnd = randomLcg(seed)
  const events = Array.from({ length: n }, (_, i) => {
    const startMs = Math.floor(rnd() * 1_000_000)
    const endMs = startMs + (rnd() < 0.3 ? Math.floor(rnd() * 200_000) : 0)
    return { id: `e${i}`, startMs, endMs } as TimelineEvent
  })
  return events.sort((a, b) => a.startMs - b.startMs)
}

describe('the visible window', () => {
  it('finds exactly the events a linear scan finds, long spans that began earlier included', () => {
    const events = seededEvents(2000, 7)
    const index = createTimeIndex(events)
    const rnd = randomLcg(11)
    for (let k = 0; k < 50; k++) {
      const from = Math.floor(rnd() * 1_100_000) - 50_000
      const to = from + Math.floor(rnd() * 100_000)
      const expected = events.flatMap((e, i) => (e.startMs <= to && e.endMs >= from ? [i] : []))
      expect(indexesInRange(events, index, from, to)).toEqual(expected)
    }
  })

  it('includes events that touch the range at either end', () => {
    const events = [
      { id: 'a', startMs: 0, endMs: 10 },
      { id: 'b', startMs: 20, endMs: 20 },
      { id: 'c', startMs: 30, endMs: 40 },
    ] as TimelineEvent[]
    expect(indexesInRange(events, createTimeIndex(events), 10, 30)).toEqual([0, 1, 2])
    expect(indexesInRange(events, createTimeIndex(events), 11, 19)).toEqual([])
  })
})
