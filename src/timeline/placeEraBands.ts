import type { LinearScale } from './linearScale'

/** Writes the bands' positions for the scale of this frame. */
export function placeEraBands(g: SVGGElement | null, zx: LinearScale): void {
  if (!g) return
  for (const band of Array.from(g.children)) {
    const x0 = zx(Number(band.getAttribute('data-start-ms')))
    const x1 = zx(Number(band.getAttribute('data-end-ms')))
    const rect = band.firstElementChild
    const title = band.lastElementChild
    rect?.setAttribute('x', x0.toFixed(1))
    rect?.setAttribute('width', Math.max(1, x1 - x0).toFixed(1))
    title?.setAttribute('x', (Math.max(x0, 0) + 4).toFixed(1))
  }
}
