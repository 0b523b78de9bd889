import { describe, expect, it } from 'vitest'
import { parseTimeline } from '../../src/domain/parseTimeline'
import type { TimelineEvent } from '../../src/domain/types'
import { estimateLabelWidthPx } from '../../src/domain/labelWidth'
import { detailLevel, labelMaxPx, markerFraction, spanGradient } from '../../src/timeline/geometry'
import { layoutFor } from '../../src/domain/levelLayout'

function events(raw: unknown[]): TimelineEvent[] {
  const { document, problems } = parseTimeline({ timezone: 'America/Anchorage', events: raw })
  if (!document) throw new Error(JSON.stringify(problems))
  return document.events
}
const at = (hhmm: string) => `2025-08-15T${hhmm}:00-08:00`

describe('timeline geometry', () => {
  it('puts events whose labels would touch at this zoom in different lanes, and far ones together', () => {
    const evs = events([
      { id: 'a', kind: 'k', title: 'Trump lands', start: at('10:20') },
      { id: 'b', kind: 'k', title: 'Putin lands', start: at('10:54') },
      { id: 'c', kind: 'k', title: 'Departure', start: at('16:20') },
    ])
    // No right edge (every label runs right) and no fit wider than the levels' own scales.
    const origin = evs[0]!.startMs
    const labelPx = Float64Array.from(evs, (e) => estimateLabelWidthPx(e.title, 12, Infinity))
    // Level -16 is about 0.9 px a minute: 34 minutes apart is 31 px, less than a label's width.
    const close = layoutFor(evs, -16, [origin, Infinity, 0], labelPx, 200, 400)
    expect(close.lane[0]).not.toBe(close.lane[1])
    expect(close.lane[2]).toBe(close.lane[0])
    // Level -12 is about 15 px a minute: 34 minutes is 500 px, so one lane holds all three.
    expect(layoutFor(evs, -12, [origin, Infinity, 0], labelPx, 200, 400).laneCount).toBe(1)
  })

  it('counts whole titles where every event can have a lane, and cut ones where some cannot', () => {
    const long = 'Trump and Putin ride together in the US presidential limousine'
    const evs = events([
      { id: 'a', kind: 'k', title: long, start: at('11:00') },
      { id: 'b', kind: 'k', title: 'Talks', start: at('12:30') },
    ])
    const origin = evs[0]!.startMs
    const labelPx = Float64Array.from(evs, (e) => estimateLabelWidthPx(e.title, 12, Infinity))
    expect(labelPx[0]).toBeGreaterThan(400)
    // Level -14 is about 3.7 px a minute: b is 330 px after a, inside a's whole title but past
    // a title cut at 220 px. Room for whole titles: b gets a lane of its own.
    const roomy = layoutFor(evs, -14, [origin, Infinity, 0], labelPx, 220, 500)
    expect(roomy.laneCount).toBe(2)
    expect(roomy.labelRoom[0]).toBe(Infinity)
    // With no more room than the cap, a's title is cut and b follows it in the same lane.
    const compact = layoutFor(evs, -14, [origin, Infinity, 0], labelPx, 220, 220)
    expect(compact.laneCount).toBe(1)
    expect(compact.labelRoom[0]).toBeLessThan(labelPx[0]!)
    // A level that needs clusters lays out with cut titles, keeping as many marks as it can.
    const many = events(
      Array.from({ length: 40 }, (_, i) => ({
        id: `e${i}`,
        kind: 'k',
        title: long,
        start: at(`11:${String(i).padStart(2, '0')}`),
      })),
    )
    const manyPx = Float64Array.from(many, (e) => estimateLabelWidthPx(e.title, 12, Infinity))
    const dense = layoutFor(many, -14, [many[0]!.startMs, Infinity, 0], manyPx, 220, 500)
    expect(dense.clusters.length).toBeGreaterThan(0)
    expect(dense).toEqual(layoutFor(many, -14, [many[0]!.startMs, Infinity, 0], manyPx, 220, 220))
  })

  it('lays out the level of "Fit all" at the fit itself, with the last labels to the left of their marks', () => {
    const evs = events([
      {
        id: 'a',
        kind: 'k',
        title: 'Trump and Putin ride together in the US presidential limousine',
        start: at('11:00'),
      },
      { id: 'b', kind: 'k', title: 'Talks', start: at('12:30') },
    ])
    const labelPx = Float64Array.from(evs, (e) => estimateLabelWidthPx(e.title, 12, Infinity))
    // 90 minutes across 600 px: the fit is 1.8 times level -14's scale, where b would be 330 px
    // from a, inside a's title (about 420 px). At the fit it is 600 px away: one lane holds both.
    const data = [evs[0]!.startMs, evs[1]!.startMs, 600] as const
    expect(detailLevel(600 / (data[1] - data[0]))).toBe(-14)
    const fit = layoutFor(evs, -14, data, labelPx, 220, 500)
    expect(fit.laneCount).toBe(1)
    // b is at the data's end: its title goes to the left, a's runs right.
    expect([...fit.labelLeft]).toEqual([0, 1])
    // A closer level keeps its own scale (twice the fit's reach or more).
    const closer = layoutFor(evs, -13, data, labelPx, 220, 500)
    expect(closer.laneCount).toBe(1)
    expect([...closer.labelLeft]).toEqual([0, 1])
  })

  it('rounds the zoom down to a power of two for its level of detail', () => {
    expect(detailLevel(2 ** -10)).toBe(-10)
    expect(detailLevel(2 ** -10 * 1.9)).toBe(-10)
    expect(detailLevel(2 ** -9)).toBe(-9)
  })

  it('keeps labels narrower on narrow screens', () => {
    expect(labelMaxPx(1280)).toBeGreaterThan(labelMaxPx(375))
    expect(labelMaxPx(320)).toBeLessThanOrEqual(320 * 0.45)
  })

  it('fades a derived end from its earliest to its latest bound', () => {
    const [meeting] = events([
      {
        id: 'm',
        kind: 'meeting',
        title: 'Talks',
        start: at('11:26'),
        end: at('14:11'),
        timing: { end: { precision: 'derived', earliest: at('14:11'), latest: at('14:17') } },
      },
    ])
    const gradient = spanGradient(meeting!)
    // Solid until 14:11 (165 of 171 minutes, 96.49%), then fading out.
    expect(gradient).toContain('var(--mark) 96.49%')
    expect(gradient).toMatch(/transparent 100%\)$/)
  })

  it('draws a window as a soft band faded at both edges, and an exact instant with no band', () => {
    const [press, instant] = events([
      {
        id: 'p',
        kind: 'press-availability',
        title: 'Press',
        start: at('14:11'),
        timing: { start: { precision: 'window', earliest: at('14:11'), latest: at('15:00') } },
      },
      { id: 'i', kind: 'arrival', title: 'Lands', start: at('16:00') },
    ])
    expect(spanGradient(press!)).toMatch(/^linear-gradient\(to right, transparent,.*transparent\)$/)
    expect(spanGradient(instant!)).toBeNull()
  })

  it('places the marker of a disputed minute at the best-sourced time within the spread', () => {
    const [lands] = events([
      {
        id: 'l',
        kind: 'arrival',
        title: 'Lands',
        start: at('10:54'),
        timing: { start: { precision: 'exact', earliest: at('10:53'), latest: at('10:57') } },
      },
    ])
    expect(markerFraction(lands!)).toBeCloseTo(0.25)
  })
})
