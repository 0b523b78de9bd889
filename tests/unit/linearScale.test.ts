import { zoomIdentity } from 'd3-zoom'
import { describe, expect, it } from 'vitest'
import { scaleLinear } from '../../src/timeline/linearScale'

describe('the timeline’s linear scale', () => {
  it('maps times to pixels and pixels back to times', () => {
    const x = scaleLinear().domain([1_000, 3_000]).range([10, 410])
    expect(x(1_000)).toBe(10)
    expect(x(2_000)).toBe(210)
    expect(x(4_000)).toBe(610)
    expect(x.invert(210)).toBe(2_000)
    expect(x.domain()).toEqual([1_000, 3_000])
    expect(x.range()).toEqual([10, 410])
  })

  it('copies are independent of the original', () => {
    const x = scaleLinear().domain([0, 10]).range([0, 100])
    const y = x.copy().domain([0, 20])
    expect(x(10)).toBe(100)
    expect(y(10)).toBe(50)
  })

  it('an empty domain or range maps to its start instead of dividing by zero', () => {
    expect(scaleLinear().domain([5, 5]).range([0, 100])(7)).toBe(0)
    expect(scaleLinear().domain([0, 10]).range([3, 3]).invert(3)).toBe(0)
  })

  it('d3-zoom rescales it as it rescales a d3 scale: zoom about a point, then pan', () => {
    const base = scaleLinear().domain([0, 1_000]).range([0, 500])
    const t = zoomIdentity.translate(-250, 0).scale(2)
    const zx = t.rescaleX(base)
    // Twice as wide, then 250 px to the left: the view shows the middle half of the domain.
    expect(zx.domain()).toEqual([250, 750])
    expect(zx.range()).toEqual([0, 500])
    expect(zx(500)).toBe(250)
    // The base scale is untouched.
    expect(base.domain()).toEqual([0, 1_000])
  })
})
