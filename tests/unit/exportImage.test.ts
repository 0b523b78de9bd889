import { describe, expect, it } from 'vitest'
import { timelineSvg, type Palette } from '../../src/data-io/exportImage'
import { estimateLabelWidthPx } from '../../src/domain/labelWidth'
import { documentExtent } from '../../src/domain/navigation'
import { parseTimeline } from '../../src/domain/parseTimeline'
import summit from '../../src/data-io/summit.json'
import { generateDocument } from '../../scripts/bench-data.mjs'
import { sampleDocument } from '../fixtures/sampleDocument'

const palette: Palette = {
  page: '#ffffff',
  ink: '#111111',
  muted: '#555555',
  line: '#dddddd',
  kind: () => '#1d4ed8',
}

const parse = (raw: unknown) => {
  const { document } = parseTimeline(raw)
  if (!document) throw new Error('fixture did not parse')
  return document
}

const svgOf = (raw: unknown, range?: [number, number]) => {
  const doc = parse(raw)
  const first = doc.events[0]?.startMs ?? 0
  const last = doc.events.at(-1)?.endMs ?? first
  const [startMs, endMs] = range ?? [first - 3_600_000, last + 3_600_000]
  const svg = timelineSvg({ document: doc, startMs, endMs, timeZone: doc.timezone, palette })
  return new DOMParser().parseFromString(svg, 'image/svg+xml')
}

describe('the timeline as an SVG image', () => {
  it('is well-formed, with the title, the events in view and a source line', () => {
    const svg = svgOf(summit)
    expect(svg.querySelector('parsererror')).toBeNull()
    const text = [...svg.querySelectorAll('text')].map((t) => t.textContent)
    expect(text[0]).toBe('Trump and Putin in Alaska')
    expect(text).toContain('Putin lands in Anchorage')
    expect(text.at(-1)).toMatch(/^Sources: .*Made with Quoteline\.$/)
  })

  it('keeps every label inside the picture: the last ones end at their marks, as on the timeline', () => {
    const doc = parse(summit)
    const svg = svgOf(summit, documentExtent(doc))
    const width = Number(svg.documentElement.getAttribute('width'))
    const labels = [...svg.querySelectorAll('g > text')]
    expect(labels).toHaveLength(doc.events.length)
    for (const label of labels) {
      const x = Number(label.getAttribute('x'))
      const px = estimateLabelWidthPx(label.textContent ?? '', 12, Infinity)
      if (label.getAttribute('text-anchor') === 'end') expect(x - px).toBeGreaterThanOrEqual(0)
      else expect(x + px).toBeLessThanOrEqual(width)
    }
    const last = labels.find((t) => t.textContent === 'Trump flies back to Washington')!
    expect(last.getAttribute('text-anchor')).toBe('end')
    const marker = last.parentElement!.querySelector('path')!.getAttribute('transform')!
    // The marker is drawn 7 px left of its time; the label ends at that time.
    expect(Number(/translate\(([\d.]+)/.exec(marker)![1]) + 7).toBeCloseTo(
      Number(last.getAttribute('x')),
      1,
    )
  })

  it('lays out a dense view as the timeline does: seven lanes and a row of counted clusters', () => {
    const raw = generateDocument({ events: 5_000, seed: 4 })
    const doc = parse(raw)
    const svg = svgOf(raw, documentExtent(doc))
    const marks = [...svg.querySelectorAll('g > path')]
    const lanes = new Set(
      marks.map((p) => /translate\([\d.]+ ([\d.]+)\)/.exec(p.getAttribute('transform')!)![1]),
    )
    expect(lanes.size).toBe(7)
    const counts = [...svg.querySelectorAll('g > rect[rx="12"] + text')].map((t) =>
      Number(t.textContent!.replace(/,/g, '')),
    )
    expect(counts.length).toBeGreaterThan(3)
    // Every event in view is drawn once: as a mark, or counted in a cluster.
    expect(marks.length + counts.reduce((a, b) => a + b, 0)).toBe(doc.events.length)
    // A picture for an article, not a poster: the axis, eight rows, the source line.
    expect(Number(svg.documentElement.getAttribute('height'))).toBeLessThan(600)
    // Titles shortened to their room end in "…"; the axis labels neither meet nor leave the picture.
    expect([...svg.querySelectorAll('g > text')].some((t) => t.textContent!.endsWith('…'))).toBe(
      true,
    )
    const ticks = [...svg.querySelectorAll('svg > text[text-anchor="middle"]')].map((t) => {
      const half = estimateLabelWidthPx(t.textContent!, 12, Infinity) / 2
      return [Number(t.getAttribute('x')) - half, Number(t.getAttribute('x')) + half] as const
    })
    expect(ticks.length).toBeGreaterThan(4)
    ticks.forEach(([from, to], i) => {
      expect(from).toBeGreaterThanOrEqual(0)
      expect(to).toBeLessThanOrEqual(1200)
      if (i > 0) expect(from).toBeGreaterThanOrEqual(ticks[i - 1]![1])
    })
  })

  it('draws only what the current zoom shows', () => {
    const doc = parse(summit)
    const putin = doc.events.find((e) => e.id === 'putin-lands')!
    const svg = svgOf(summit, [putin.startMs - 60_000, putin.startMs + 60_000])
    const text = [...svg.querySelectorAll('text')].map((t) => t.textContent)
    expect(text).toContain('Putin lands in Anchorage')
    expect(text).not.toContain('Trump flies back to Washington')
  })

  it('keeps markup in the data as text, and never writes NaN', () => {
    const raw = structuredClone(sampleDocument) as { title: string; events: { title: string }[] }
    raw.title = '</text><script>alert(1)</script>\u0007'
    raw.events[0]!.title = '<img src=x onerror=alert(1)> & "quotes"'
    const svg = svgOf(raw)
    expect(svg.querySelector('parsererror')).toBeNull()
    expect(svg.querySelector('script, img')).toBeNull()
    expect(svg.querySelector('text')?.textContent).toBe('</text><script>alert(1)</script>')
    const markup = new XMLSerializer().serializeToString(svg)
    expect(markup).not.toMatch(/NaN|Infinity/)
    const empty = svgOf(raw, [Number.NaN, Number.NaN])
    expect(new XMLSerializer().serializeToString(empty)).not.toMatch(/NaN|Infinity/)
  })
})
