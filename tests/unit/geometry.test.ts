import { describe, expect, it } from 'vitest'
import { parseTimeline } from '../../src/domain/parseTimeline'
import type { TimelineEvent } from '../../src/domain/types'
import {
  detailLevel,
  labelMaxPx,
  layoutLanes,
  markerFraction,
  spanGradient,
} from '../../src/timeline/geometry'

function events(raw: unknown[]): TimelineEvent[] {
  const { document, problems } = parseTimeline({ timezone: 'America/Anchorage', events: raw })
  if (!document) throw new Error(JSON.stringify(problems))
  return document.events
}
const at = (hhmm: string) => `2025-08-15T${hhmm}:00-08:00`
const MIN = 60_000

describe('timeline geometry', () => {
  it('puts events whose labels would touch at this zoom in different lanes, and far ones together', () => {
    const evs = events([
      { id: 'a', kind: 'k', title: 'Trump lands', start: at('10:20') },
      { id: 'b', kind: 'k', title: 'Putin lands', start: at('10:54') },
      { id: 'c', kind: 'k', title: 'Departure', start: at('16:20') },
    ])
    const origin = evs[0]!.startMs
    // 1 px per minute: 34 minutes apart is 34 px, less than a label's width.
    const close = layoutLanes(evs, 1 / MIN, origin, 200)
    expect(close.laneById.get('a')).not.toBe(close.laneById.get('b'))
    expect(close.laneById.get('c')).toBe(close.laneById.get('a'))
    // 20 px per minute: 680 px apart, so one lane holds all three.
    expect(layoutLanes(evs, 20 / MIN, origin, 200).laneCount).toBe(1)
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
