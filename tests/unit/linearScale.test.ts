import { scaleLinear } from 'd3-scale'
import { zoomIdentity } from 'd3-zoom'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { linearScale } from '../../src/lib/linearScale'

const DAY = Date.UTC(2025, 7, 15)

describe('linearScale', () => {
  it('maps and inverts as d3-scale’s scaleLinear does, past both ends too (property, seeded)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60_000, max: 400 * 86_400_000 }),
        fc.integer({ min: 10, max: 4000 }),
        fc.double({ min: -2, max: 3, noNaN: true }),
        (spanMs, widthPx, t) => {
          const ours = linearScale([DAY, DAY + spanMs], [12, 12 + widthPx])
          const d3 = scaleLinear()
            .domain([DAY, DAY + spanMs])
            .range([12, 12 + widthPx])
          const ms = DAY + t * spanMs
          expect(ours(ms)).toBeCloseTo(d3(ms), 6)
          expect(ours.invert(ours(ms))).toBeCloseTo(ms, 0)
          expect(ours.invert(t * widthPx)).toBeCloseTo(d3.invert(t * widthPx), 0)
        },
      ),
      { seed: 20250815, numRuns: 200 },
    )
  })

  it('is rescaled by a zoom transform exactly as d3’s is (the zoom frame’s scale)', () => {
    const base = linearScale([DAY, DAY + 86_400_000], [12, 1268])
    const d3 = scaleLinear()
      .domain([DAY, DAY + 86_400_000])
      .range([12, 1268])
    const t = zoomIdentity.translate(-2400, 0).scale(4.5)
    const ours = t.rescaleX(base)
    expect(ours.domain()[0]).toBeCloseTo(t.rescaleX(d3).domain()[0]!, 0)
    expect(ours.domain()[1]).toBeCloseTo(t.rescaleX(d3).domain()[1]!, 0)
    expect(ours.range()).toEqual([12, 1268])
    // The base is left as it was: a zoom never changes the fixed scale it derives from.
    expect(base.domain()).toEqual([DAY, DAY + 86_400_000])
  })

  it('maps an empty domain to the range’s start rather than to NaN', () => {
    const flat = linearScale([DAY, DAY], [0, 100])
    expect(flat(DAY)).toBe(0)
    expect(flat(DAY + 5)).toBe(0)
  })
})
