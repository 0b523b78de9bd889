import { describe, expect, it } from 'vitest'
import { timelineSvg, type Palette } from '../../src/data-io/exportImage'
import { estimateLabelWidthPx } from '../../src/domain/labelWidth'
import { documentExtent } from '../../src/domain/navigation'
import { parseTimeline } from '../../src/domain/parseTimeline'
import summit from '../../src/data-io/summit.json'
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
