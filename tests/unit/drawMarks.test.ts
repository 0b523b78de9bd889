import { scaleLinear } from 'd3-scale'
import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../src/domain/types'
import { drawMarks } from '../../src/timeline/drawMarks'
import type { Placed } from '../../src/timeline/mounted'

const event = (id: string, startMs: number) => ({ id, startMs, endMs: startMs }) as TimelineEvent

/** A mark as EventMark renders it: a button whose last child is the label. */
function markElement(): HTMLElement {
  const el = document.createElement('button')
  el.append(document.createElement('span'), document.createElement('span'))
  return el
}

function draw(placed: Placed[], width = 1000, labelMax = 220) {
  const marks = new Map<string, HTMLElement>(placed.map((p) => [p.event.id, markElement()]))
  // 1 px per ms from 0: an event at 100 ms has its marker at x = 100.
  const zx = scaleLinear().domain([0, width]).range([0, width])
  drawMarks(
    { placed, clusters: [], laneCount: 3, width, labelMax, marks, clusterEls: new Map() },
    zx,
  )
  const label = (id: string) => (marks.get(id)!.lastElementChild as HTMLElement).style.maxWidth
  return { label, mark: (id: string) => marks.get(id)! }
}

describe('drawing the marks of a frame', () => {
  it('lets a label grow past the usual cap into its lane’s room, less the mark’s padding', () => {
    const { label } = draw([{ event: event('a', 100), lane: 0, labelRoom: 400 }])
    expect(label('a')).toBe(`${400 - 8}px`)
  })

  it('keeps the usual cap where the room is smaller, or unknown (a mark in the cluster row)', () => {
    const { label } = draw([
      { event: event('a', 100), lane: 0, labelRoom: 90 },
      { event: event('b', 100), lane: -1, labelRoom: 0 },
    ])
    expect(label('a')).toBe('220px')
    expect(label('b')).toBe('220px')
  })

  it('ends a label before the surface’s right edge, where the room would run past it', () => {
    const { label } = draw([{ event: event('a', 700), lane: 0, labelRoom: Infinity }])
    // The label starts at the marker (700) and the mark's right padding (8) must fit too.
    expect(label('a')).toBe(`${1000 - 700 - 8}px`)
  })

  it('places each mark at its time, a marker’s half to the left, in its lane’s row', () => {
    const { mark } = draw([{ event: event('a', 100), lane: 2, labelRoom: 300 }])
    expect(mark('a').style.transform).toBe('translate(92.0px, 114px)')
  })
})
