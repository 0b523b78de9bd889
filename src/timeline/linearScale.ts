/**
 * A linear map from time (epoch ms) to pixels, and back: the one scale the timeline needs. It
 * has the shape d3-zoom's `transform.rescaleX` expects (call, `invert`, `domain`, `range`,
 * `copy`). d3-scale's own linear scale would bring its tick formatting, and with it d3-format,
 * into what every reader loads before the timeline is ready (3.5 KB gzipped), for nothing: the
 * axis formats its own ticks in the document's time zone.
 */
export interface LinearScale {
  (value: number): number
  invert(pixel: number): number
  domain(): [number, number]
  domain(domain: readonly (number | Date)[]): this
  range(): [number, number]
  range(range: readonly number[]): this
  copy(): LinearScale
}

/** A linear scale over [d0, d1] → [r0, r1]; an empty domain or range maps to its start. */
export function scaleLinear(
  d: readonly number[] = [0, 1],
  r: readonly number[] = [0, 1],
): LinearScale {
  let [d0 = 0, d1 = 1] = d
  let [r0 = 0, r1 = 1] = r
  const scale = ((x: number) =>
    d1 === d0 ? r0 : r0 + ((x - d0) / (d1 - d0)) * (r1 - r0)) as LinearScale
  scale.invert = (y) => (r1 === r0 ? d0 : d0 + ((y - r0) / (r1 - r0)) * (d1 - d0))
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (!next) return [d0, d1]
    ;[d0 = 0, d1 = 1] = next.map(Number)
    return scale
  }) as LinearScale['domain']
  scale.range = ((next?: readonly number[]) => {
    if (!next) return [r0, r1]
    ;[r0 = 0, r1 = 1] = next.map(Number)
    return scale
  }) as LinearScale['range']
  scale.copy = () => scaleLinear([d0, d1], [r0, r1])
  return scale
}
