import { randomLcg } from 'd3-random'
import { describe, expect, it } from 'vitest'
import type { DetailOptions } from '../../src/domain/detailLayout'
import { layoutDetail } from '../../src/domain/lanes'
import { layoutFor, rowsOf } from '../../src/domain/levelLayout'
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

/** `n` seeded events in [0, spreadMs), three in ten with a span of up to `spanMs`, sorted by start,
 * and label widths from 20 px to 20 + `labelPx`. */
function randomEvents(seed: number, n: number, spreadMs: number, spanMs: number, labelPx: number) {
  const rnd = randomLcg(seed)
  const events = Array.from({ length: n }, (_, i) => event(`e${i}`, Math.floor(rnd() * spreadMs)))
    .map((e) => ({ ...e, endMs: e.startMs + (rnd() < 0.3 ? Math.floor(rnd() * spanMs) : 0) }))
    .sort((a, b) => a.startMs - b.startMs)
  return { events, labelPx: Float64Array.from(events, () => 20 + Math.floor(rnd() * labelPx)) }
}

describe('level-of-detail layout', () => {
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

  it('merges a cluster too narrow to draw into the next bucket’s when that starts inside its least width', () => {
    // One lane, held by the first event's long label, so every other event is clustered.
    // Buckets of 64 px: one event at 60 (bucket 0), a crowd from 66 to 100 (bucket 1), one at 300.
    // Drawn at its least width (30 px), the lone cluster at 60 would lie under the crowd's.
    const lefts = [0, 60, 66, 70, 80, 90, 100, 300]
    const events = lefts.map((x, i) => event(`e${i}`, x + 8))
    const o = options(events.length, { maxLanes: 1, labelPx: new Float64Array(8).fill(1000) })
    const count = (minPx: number) =>
      layoutDetail(events, { ...o, clusterMinPx: minPx }).clusters.map((c) => c.count)
    expect(count(0)).toEqual([1, 5, 1])
    expect(count(30)).toEqual([6, 1])
    // Far enough apart to be drawn side by side, they stay two.
    expect(count(5)).toEqual([1, 5, 1])
  })

  it('all or nothing: gives up when an event finds no lane, and lays out as usual when all do', () => {
    const crowd = Array.from({ length: 10 }, (_, i) => event(`e${i}`, 100 + i))
    expect(layoutDetail(crowd, { ...options(10), allOrNothing: true })).toBeNull()
    const few = crowd.slice(0, 3)
    expect(layoutDetail(few, { ...options(3), allOrNothing: true })).toEqual(
      layoutDetail(few, options(3)),
    )
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

  it('lets a label run up to the next event in its lane, and on past the last', () => {
    // Lane 0: a at 0, c at 400. Lane 1: b at 10 (a's box is still there). Lane 0 again: d at 500.
    const events = [event('a', 0), event('b', 10), event('c', 400), event('d', 500)]
    const detail = layoutDetail(events, options(4))
    expect([...detail.lane]).toEqual([0, 1, 0, 0])
    // From a's left edge (-8) to c's (392), less the gap (10) and half a marker (8).
    expect(detail.labelRoom[0]).toBe(392 - 10 - -8 - 8)
    expect(detail.labelRoom[2]).toBe(492 - 10 - 392 - 8)
    expect(detail.labelRoom[1]).toBe(Infinity)
    expect(detail.labelRoom[3]).toBe(Infinity)
  })

  it('never gives a label room that reaches the next event in its lane, at any zoom of its level', () => {
    const { events, labelPx } = randomEvents(11, 800, 40_000, 500, 200)
    const o = options(events.length, { labelPx, maxLanes: 9, denseMaxLanes: 6 })
    const detail = layoutDetail(events, o)
    for (const k of [1, 1.5, 1.99]) {
      const left = (i: number) => events[i]!.startMs * k - 8
      const lastInLane = new Map<number, number>()
      events.forEach((_, i) => {
        const lane = detail.lane[i]!
        if (lane < 0) return expect(detail.labelRoom[i]).toBe(0)
        expect(detail.labelRoom[i]).toBeGreaterThanOrEqual(labelPx[i]!)
        const before = lastInLane.get(lane)
        if (before !== undefined) {
          // The earlier label, drawn as wide as its room at the level's scale, ends a gap short.
          expect(left(before) + detail.labelRoom[before]! + 8 + 10).toBeLessThanOrEqual(
            left(i) + 1e-6,
          )
        }
        lastInLane.set(lane, i)
      })
      for (const last of lastInLane.values()) expect(detail.labelRoom[last]).toBe(Infinity)
    }
  })

  it('puts a label that would run past the right edge to the left of its mark, where there is more room', () => {
    // The surface ends at 300. a (at 0) and b (at 280, a 100 px title) share lane 0 with b's
    // title on the left: its box is [280 + 8 - 100 - 8, 288].
    const events = [event('a', 0), event('b', 280)]
    const labelPx = Float64Array.from([50, 100])
    const detail = layoutDetail(events, options(2, { labelPx, rightEdgePx: 300, leftEdgePx: -12 }))
    expect([...detail.labelLeft]).toEqual([0, 1])
    expect([...detail.lane]).toEqual([0, 0])
    // a's label runs right up to b's box, a gap short; b's keeps to its own box.
    expect(detail.labelRoom[0]).toBe(180 - 10 - -8 - 8)
    expect(detail.labelRoom[1]).toBe(288 - 8 - 180)
    // Without a right edge, b's label runs right, past the surface.
    const plain = layoutDetail(events, options(2, { labelPx }))
    expect([...plain.labelLeft]).toEqual([0, 0])
    // A 400 px title fits on neither side of a 312 px surface. It stays right (and is cut there)
    // unless the left has half as much room again: at 60 and 150 it has 80 and 170 px against
    // 248 and 158 on the right; at 200, 220 against 108.
    const alone = (ms: number) =>
      layoutDetail(
        [event('c', ms)],
        options(1, { labelPx: Float64Array.from([400]), rightEdgePx: 300, leftEdgePx: -12 }),
      ).labelLeft[0]
    expect([alone(60), alone(150), alone(200)]).toEqual([0, 0, 1])
  })

  it('with labels on either side, never gives two labels in a lane room that meets, at any zoom of its level', () => {
    const { events, labelPx } = randomEvents(17, 600, 30_000, 400, 300)
    const endMs = events[events.length - 1]!.endMs
    // A right edge well inside the data, so that many labels go left.
    const o = options(events.length, {
      labelPx,
      maxLanes: 12,
      rightEdgePx: endMs * 0.6,
      leftEdgePx: -12,
    })
    const detail = layoutDetail(events, o)
    expect(
      detail.labelLeft.filter((f, i) => f === 1 && detail.lane[i]! >= 0).length,
    ).toBeGreaterThan(50)
    expect(
      detail.labelLeft.filter((f, i) => f === 0 && detail.lane[i]! >= 0).length,
    ).toBeGreaterThan(50)
    for (const k of [1, 1.5, 1.99]) {
      // Each label drawn as wide as its room: a label on the right starts at its mark's left
      // edge, one on the left ends at its mark's right edge (a marker's half of padding each).
      const drawn = (i: number): [number, number] => {
        const left = events[i]!.startMs * k - 8
        const right = events[i]!.endMs * k + 8
        const room = detail.labelRoom[i]!
        return detail.labelLeft[i]
          ? [Math.min(left, right - room - 8), right]
          : [left, Math.max(right, left + room + 8)]
      }
      const lastInLane = new Map<number, number>()
      events.forEach((_, i) => {
        const lane = detail.lane[i]!
        if (lane < 0) return
        expect(detail.labelRoom[i]).toBeGreaterThanOrEqual(labelPx[i]!)
        const before = lastInLane.get(lane)
        if (before !== undefined) {
          expect(drawn(before)[1] + 10).toBeLessThanOrEqual(drawn(i)[0] + 1e-6)
        }
        lastInLane.set(lane, i)
      })
    }
  })
})

describe('the rows a layout may take', () => {
  it('never exceed maxRows at any level, the cluster row included (seeded)', () => {
    for (const seed of [1, 2, 3]) {
      const { events, labelPx } = randomEvents(seed, 400, 86_400_000, 3_600_000, 180)
      const data = [0, 86_400_000, 1200] as const
      for (const maxRows of [2, 5, 8]) {
        for (let level = -16; level <= -6; level++) {
          const capped = layoutFor(events, level, data, labelPx, 220, 1176, maxRows)
          expect(rowsOf(capped), `seed ${seed}, level ${level}`).toBeLessThanOrEqual(maxRows)
          // Every event has a lane or is counted in a cluster: nothing is lost to the cap.
          const laned = [...capped.lane].filter((l) => l >= 0).length
          const clustered = capped.clusters.reduce((n, c) => n + c.count, 0)
          expect(laned + clustered).toBe(events.length)
        }
      }
    }
  })

  it('change nothing when the cap is at least what the layout needs', () => {
    const { events, labelPx } = randomEvents(7, 30, 86_400_000, 3_600_000, 120)
    const data = [0, 86_400_000, 1200] as const
    for (let level = -16; level <= -8; level++) {
      const free = layoutFor(events, level, data, labelPx, 220, 1176)
      expect(layoutFor(events, level, data, labelPx, 220, 1176, rowsOf(free))).toEqual(free)
    }
  })
})
