import { scaleLinear } from '../../src/timeline/linearScale'
import { describe, expect, it } from 'vitest'
import { estimateLabelWidthPx } from '../../src/domain/labelWidth'
import { drawAxis } from '../../src/timeline/axis'

const SVG = 'http://www.w3.org/2000/svg'
const day = 86_400_000
const start = Date.UTC(2026, 0, 1)

function draw(width: number, days: number) {
  const svg = document.createElementNS(SVG, 'svg')
  const labels = svg.appendChild(document.createElementNS(SVG, 'g'))
  const grid = svg.appendChild(document.createElementNS(SVG, 'g'))
  const zx = scaleLinear([start, start + days * day], [0, width])
  drawAxis(labels, grid, zx, 'UTC', width, 200)
  const texts = [...labels.querySelectorAll('text')].map((t) => ({
    x: Number(t.getAttribute('x')),
    label: t.textContent ?? '',
  }))
  return { texts, grid: grid.querySelector('path')?.getAttribute('d') ?? '' }
}

describe('the axis', () => {
  it('labels round times with one grid line per label', () => {
    const { texts, grid } = draw(1192, 1)
    expect(texts.length).toBeGreaterThan(4)
    expect(texts.map((t) => t.label)).toContain('6:00 AM')
    expect(grid.match(/M/g)).toHaveLength(texts.length)
  })

  it('spaces its labels so that none touch, on a phone too', () => {
    for (const [width, days] of [
      [343, 10],
      [343, 400],
      [1192, 10],
      [280, 1],
    ] as const) {
      const { texts } = draw(width, days)
      expect(texts.length).toBeGreaterThan(0)
      for (let i = 1; i < texts.length; i++) {
        const a = texts[i - 1]!
        const b = texts[i]!
        const half = (estimateLabelWidthPx(a.label, 11) + estimateLabelWidthPx(b.label, 11)) / 2
        expect(b.x - a.x, `${a.label} | ${b.label} at ${width}px`).toBeGreaterThanOrEqual(half)
      }
    }
  })

  it('draws no label that the surface’s left or right edge would cut', () => {
    // Domains that put a round tick just inside either edge, on a phone and on a desktop.
    for (const [width, days, shiftDays] of [
      [343, 200, -0.3],
      [343, 200, 0.2],
      [1192, 1, -0.01],
      [343, 2, 0.02],
    ] as const) {
      const svg = document.createElementNS(SVG, 'svg')
      const labels = svg.appendChild(document.createElementNS(SVG, 'g'))
      const grid = svg.appendChild(document.createElementNS(SVG, 'g'))
      const from = start + shiftDays * day
      const zx = scaleLinear([from, from + days * day], [0, width])
      drawAxis(labels, grid, zx, 'UTC', width, 200)
      const texts = [...labels.querySelectorAll('text')]
      expect(texts.length).toBeGreaterThan(1)
      for (const t of texts) {
        const x = Number(t.getAttribute('x'))
        const half = estimateLabelWidthPx(t.textContent ?? '', 11) / 2
        expect(x - half, `${t.textContent} at ${width}px`).toBeGreaterThanOrEqual(0)
        expect(x + half, `${t.textContent} at ${width}px`).toBeLessThanOrEqual(width)
      }
    }
  })
})
