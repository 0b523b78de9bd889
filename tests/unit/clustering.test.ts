import { randomLcg } from 'd3-random'
import { describe, expect, it } from 'vitest'
import { layoutDetail, type DetailOptions } from '../../src/domain/clustering'
import { assignLanes } from '../../src/domain/lanes'
import type { TimelineEvent } from '../../src/domain/types'

const event = (id: string, startMs: number, endMs = startMs) =>
  ({ id, startMs, endMs }) as TimelineEvent

const options = (n: number, over: Partial<DetailOptions> = {}): DetailOptions => ({
  pxPerMs: 1,
  originMs: 0,
  labelPx: new Float64Array(n).fill(50),
  markerHalfPx: 8,
  gapPx: 10,
  maxLanes: 3,
  bucketPx: 64,
  ...over,
})

describe('level-of-detail layout', () => {
  it('gives the same lanes as assignLanes when the cap is not reached', () => {
    const rnd = randomLcg(3)
    const events = Array.from({ length: 300 }, (_, i) =>
      event(`e${i}`, Math.floor(rnd() * 20_000)),
    ).sort((a, b) => a.startMs - b.startMs)
    const o = options(events.length, { maxLanes: 1000 })
    const detail = layoutDetail(events, o)
    const items = events.map((e) => ({ id: e.id, x0: e.startMs - 8, x1: e.startMs - 8 + 50 + 8 }))
    const reference = assignLanes(items, { gapPx: 10 })
    expect(detail.clusters).toEqual([])
    expect(detail.laneCount).toBe(reference.laneCount)
    events.forEach((e, i) => expect(detail.lane[i]).toBe(reference.laneById.get(e.id)))
  })

  it('never uses more lanes than the cap and groups the rest into clusters by bucket', () => {
    // Ten events 1 px apart need ten lanes; three fit, seven are clustered together.
    const events = Array.from({ length: 10 }, (_, i) => event(`e${i}`, 100 + i))
    const detail = layoutDetail(events, options(10))
    expect(detail.laneCount).toBe(3)
    expect([...detail.lane].filter((l) => l >= 0)).toHaveLength(3)
    expect(detail.clusters).toEqual([
      { firstIndex: 3, lastIndex: 9, count: 7, startMs: 103, lastStartMs: 109, endMs: 109 },
    ])
  })

  it('starts a new cluster in each bucket, so clusters open where the reader zooms', () => {
    const events = [0, 1, 2, 3, 200, 201, 202, 203].map((ms, i) => event(`e${i}`, ms))
    const detail = layoutDetail(events, options(8, { maxLanes: 2 }))
    expect(detail.clusters.map((c) => [c.startMs, c.count])).toEqual([
      [2, 2],
      [202, 2],
    ])
  })

  it('with a dense cap, lays out as a second pass at that cap would, or as the first when all fit', () => {
    const cases = new Set<string>()
    for (const [seed, n, spread] of [
      [7, 400, 3_000],
      [8, 60, 400_000],
      [9, 2000, 20_000],
    ] as const) {
      const rnd = randomLcg(seed)
      const events = Array.from({ length: n }, (_, i) =>
        event(`e${i}`, Math.floor(rnd() * spread), Math.floor(rnd() * spread)),
      )
        .map((e) => ({ ...e, endMs: Math.max(e.startMs, e.endMs - spread / 2) }))
        .sort((a, b) => a.startMs - b.startMs)
      const o = options(events.length, { maxLanes: 12 })
      const sparse = layoutDetail(events, o)
      cases.add(sparse.clusters.length === 0 ? 'all fit' : 'dense')
      const expected =
        sparse.clusters.length === 0 ? sparse : layoutDetail(events, { ...o, maxLanes: 7 })
      expect(layoutDetail(events, { ...o, denseMaxLanes: 7 })).toEqual(expected)
    }
    expect([...cases].sort()).toEqual(['all fit', 'dense'])
  })

  it('accounts for every event exactly once, in a lane or a cluster', () => {
    const rnd = randomLcg(5)
    const events = Array.from({ length: 5000 }, (_, i) =>
      event(`e${i}`, Math.floor(rnd() * 50_000)),
    ).sort((a, b) => a.startMs - b.startMs)
    const detail = layoutDetail(events, options(events.length, { maxLanes: 7 }))
    const laned = [...detail.lane].filter((l) => l >= 0).length
    const clustered = detail.clusters.reduce((sum, c) => sum + c.count, 0)
    expect(laned + clustered).toBe(events.length)
  })
})
