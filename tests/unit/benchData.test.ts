import { describe, expect, it } from 'vitest'
import { generateDocument } from '../../scripts/bench-data.mjs'
import { parseTimeline } from '../../src/domain/parseTimeline'

describe('the benchmark generator', () => {
  it('makes the same document from the same seed, and another from another seed', () => {
    const a = JSON.stringify(generateDocument({ events: 500, seed: 4 }))
    expect(JSON.stringify(generateDocument({ events: 500, seed: 4 }))).toBe(a)
    expect(JSON.stringify(generateDocument({ events: 500, seed: 5 }))).not.toBe(a)
  })

  it('gives about 30% of events durations and each one to three quotes, across speakers and kinds', () => {
    const doc = generateDocument({ events: 2000, seed: 1 })
    const withEnd = doc.events.filter((e) => e.end).length / doc.events.length
    expect(withEnd).toBeGreaterThan(0.26)
    expect(withEnd).toBeLessThan(0.34)
    const quoteCounts = new Set(doc.events.map((e) => e.quotes?.length ?? 0))
    expect([...quoteCounts].sort()).toEqual([0, 1, 2, 3])
    expect(new Set(doc.events.map((e) => e.kind)).size).toBeGreaterThanOrEqual(6)
    const speakers = new Set(doc.events.flatMap((e) => e.quotes ?? []).map((q) => q.speaker))
    expect(speakers.size).toBeGreaterThanOrEqual(6)
  })

  it('writes documents the app accepts without a single problem', () => {
    const { document, problems } = parseTimeline(generateDocument({ events: 300, seed: 2 }))
    expect(problems).toEqual([])
    expect(document?.events).toHaveLength(300)
  })
})
