import { describe, expect, it } from 'vitest'
import { layoutDetail } from '../../src/domain/lanes'
import { estimateLabelWidthPx, MAX_LABEL_PX } from '../../src/domain/labelWidth'
import type { TimelineEvent } from '../../src/domain/types'

/** The px one mark takes, label included (x1 >= x0). */
interface LaneItem {
  id: string
  x0: number
  x1: number
}

/**
 * The timeline's lanes (layoutDetail, with no cap) for boxes given in px: each item is an instant
 * at x0 (1 px a ms, no marker) whose label reaches x1.
 */
function assignLanes(items: readonly LaneItem[], { gapPx }: { gapPx: number }) {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0)
  const events = sorted.map((it) => ({ id: it.id, startMs: it.x0, endMs: it.x0 }) as TimelineEvent)
  const layout = layoutDetail(events, {
    pxPerMs: 1,
    originMs: 0,
    labelPx: Float64Array.from(sorted, (it) => it.x1 - it.x0),
    markerHalfPx: 0,
    gapPx,
    maxLanes: Infinity,
    bucketPx: 64,
  })
  const laneById = new Map(sorted.map((it, i) => [it.id, layout.lane[i]!]))
  return { laneById, laneCount: layout.laneCount }
}

/** Numerical Recipes LCG: the same numbers on every run, in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
}

function randomItems(n: number, seed: number): LaneItem[] {
  const rnd = lcg(seed)
  return Array.from({ length: n }, (_, i) => {
    const x0 = Math.round(rnd() * 5000)
    return { id: `e${i}`, x0, x1: x0 + Math.round(rnd() * 300) }
  })
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rnd = lcg(seed)
  const out = [...xs]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

const lanesOf = (items: LaneItem[], gapPx = 0) => {
  const { laneById } = assignLanes(items, { gapPx })
  return items.map((it) => laneById.get(it.id))
}

describe('first-fit lanes', () => {
  it('returns no lanes for no items', () => {
    const layout = assignLanes([], { gapPx: 10 })
    expect(layout.laneCount).toBe(0)
    expect(layout.laneById.size).toBe(0)
  })

  it('places touching events in one lane', () => {
    const items = [
      { id: 'a', x0: 0, x1: 100 },
      { id: 'b', x0: 100, x1: 180 },
    ]
    expect(lanesOf(items)).toEqual([0, 0])
  })

  it('places overlapping events in separate lanes', () => {
    const items = [
      { id: 'a', x0: 0, x1: 100 },
      { id: 'b', x0: 99, x1: 180 },
    ]
    expect(lanesOf(items)).toEqual([0, 1])
    expect(assignLanes(items, { gapPx: 0 }).laneCount).toBe(2)
  })

  it('keeps well-separated events in the first lane', () => {
    const items = [
      { id: 'c', x0: 400, x1: 500 },
      { id: 'a', x0: 0, x1: 100 },
      { id: 'b', x0: 200, x1: 300 },
    ]
    expect(lanesOf(items)).toEqual([0, 0, 0])
  })

  it('keeps the gap free between neighbours in a lane', () => {
    const a = { id: 'a', x0: 0, x1: 100 }
    expect(lanesOf([a, { id: 'b', x0: 110, x1: 150 }], 10)).toEqual([0, 0])
    expect(lanesOf([a, { id: 'b', x0: 109, x1: 150 }], 10)).toEqual([0, 1])
  })

  it('reuses the lowest free lane, not the one that freed up first', () => {
    const items = [
      { id: 'long', x0: 0, x1: 100 },
      { id: 'short', x0: 10, x1: 50 },
      { id: 'third', x0: 20, x1: 60 },
      // Lanes 1 and 2 are free here but lane 0 is not.
      { id: 'mid', x0: 70, x1: 200 },
      // Lanes 0 and 2 are both free; lane 0 wins although lane 2 freed up earlier.
      { id: 'late', x0: 110, x1: 120 },
    ]
    expect(lanesOf(items)).toEqual([0, 1, 2, 1, 0])
  })

  it('orders items that start together by their end, then by id', () => {
    const items = [
      { id: 'b', x0: 0, x1: 50 },
      { id: 'a', x0: 0, x1: 50 },
      { id: 'wide', x0: 0, x1: 10 },
    ]
    const { laneById } = assignLanes(items, { gapPx: 0 })
    expect([laneById.get('wide'), laneById.get('a'), laneById.get('b')]).toEqual([0, 1, 2])
  })

  it('gives the same lanes whatever order the items come in', () => {
    const items = randomItems(500, 1)
    const expected = assignLanes(items, { gapPx: 10 })
    for (const seed of [2, 3, 4]) {
      const again = assignLanes(shuffled(items, seed), { gapPx: 10 })
      expect(again.laneCount).toBe(expected.laneCount)
      expect([...again.laneById].sort()).toEqual([...expected.laneById].sort())
    }
  })

  it('never lets two items in one lane come closer than the gap', () => {
    const gapPx = 12
    const items = randomItems(2000, 42)
    const { laneById, laneCount } = assignLanes(items, { gapPx })
    expect(laneById.size).toBe(items.length)
    const byLane = Array.from({ length: laneCount }, () => [] as LaneItem[])
    for (const it of items) byLane[laneById.get(it.id)!]!.push(it)
    for (const lane of byLane) {
      expect(lane.length).toBeGreaterThan(0)
      lane.sort((a, b) => a.x0 - b.x0)
      for (let i = 1; i < lane.length; i++) {
        expect(lane[i - 1]!.x1 + gapPx).toBeLessThanOrEqual(lane[i]!.x0)
      }
    }
  })

  it('uses no more lanes than the most items that collide at one point', () => {
    const gapPx = 8
    const items = randomItems(2000, 7)
    // Each item blocks [x0, x1 + gap); the deepest pile-up is the least number of lanes possible.
    const edges = items.flatMap((it) => [
      [it.x0, 1],
      [it.x1 + gapPx, -1],
    ])
    edges.sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!)
    let depth = 0
    let deepest = 0
    for (const [, d] of edges) deepest = Math.max(deepest, (depth += d!))
    expect(assignLanes(items, { gapPx }).laneCount).toBe(deepest)
  })

  it('never skips a lower lane that the item would fit in', () => {
    const gapPx = 5
    const items = randomItems(600, 99)
    const { laneById } = assignLanes(items, { gapPx })
    const sorted = [...items].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1 || (a.id < b.id ? -1 : 1))
    sorted.forEach((it, i) => {
      const lane = laneById.get(it.id)!
      const earlier = sorted.slice(0, i)
      for (let lower = 0; lower < lane; lower++) {
        const blocked = earlier.some((e) => laneById.get(e.id) === lower && e.x1 + gapPx > it.x0)
        expect(blocked).toBe(true)
      }
    })
  })
})

describe('estimateLabelWidthPx', () => {
  it('grows with the label and the font size', () => {
    expect(estimateLabelWidthPx('Summit')).toBeLessThan(estimateLabelWidthPx('Summit begins'))
    expect(estimateLabelWidthPx('Summit', 12)).toBeLessThan(estimateLabelWidthPx('Summit', 16))
  })

  it('allows a little over half an em per Latin letter, plus padding', () => {
    const w = estimateLabelWidthPx('x'.repeat(20), 10)
    expect(w).toBeGreaterThan(20 * 10 * 0.5)
    expect(w).toBeLessThanOrEqual(20 * 10 * 0.6 + 16)
  })

  it('caps long labels at the widest label the view draws', () => {
    expect(estimateLabelWidthPx('Press conference '.repeat(20))).toBe(MAX_LABEL_PX)
    expect(MAX_LABEL_PX).toBe(220)
    expect(estimateLabelWidthPx('Press conference '.repeat(20), 12, 90)).toBe(90)
  })

  it('counts CJK characters as full-width glyphs', () => {
    expect(estimateLabelWidthPx('会谈开始')).toBeGreaterThan(estimateLabelWidthPx('abcd'))
    expect(estimateLabelWidthPx('会谈开始', 10)).toBeGreaterThanOrEqual(40)
  })

  it('takes no room for an empty label', () => {
    expect(estimateLabelWidthPx('')).toBe(0)
  })
})
