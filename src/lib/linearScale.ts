/**
 * A linear map from a time domain onto pixels: the part of d3-scale's `scaleLinear` that the
 * timeline uses, and all that d3-zoom's `transform.rescaleX` needs of a scale.
 * Written out because d3-scale's own also brings number formatting (d3-format) into the first
 * load, some 3 KB gzipped that the page never uses.
 */
export interface LinearScale {
  (value: number): number
  /** A copy with another domain or range (d3 changes the scale in place; nothing here needs to). */
  domain(domain: readonly (number | Date)[]): this
  domain(): number[]
  range(range: readonly number[]): this
  range(): number[]
  invert(value: number): number
  copy(): this
}

/** Maps [d0, d1] onto [r0, r1], extending past both ends (no clamping), as d3 does. */
export function linearScale(domain: readonly number[], range: readonly number[]): LinearScale {
  const [d0 = 0, d1 = 1] = domain
  const [r0 = 0, r1 = 1] = range
  // An empty domain maps everything to r0 rather than to NaN.
  const k = (r1 - r0) / (d1 - d0 || Infinity)
  const scale = (value: number) => r0 + (value - d0) * k
  scale.domain = (next?: readonly (number | Date)[]) =>
    next ? linearScale(next.map(Number), [r0, r1]) : [d0, d1]
  scale.range = (next?: readonly number[]) => (next ? linearScale([d0, d1], next) : [r0, r1])
  scale.invert = (px: number) => d0 + (px - r0) / k
  scale.copy = () => linearScale([d0, d1], [r0, r1])
  return scale as LinearScale
}
