import { scaleLinear } from '../../src/timeline/linearScale'
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
  const zx = scaleLinear([0, width], [0, width])
  drawMarks(
    { placed, clusters: [], laneCount: 3, width, labelMax, marks, clusterEls: new Map() },
    zx,
  )
  const label = (id: string) => (marks.get(id)!.lastElementChild as HTMLElement).style.maxWidth
  return { label, mark: (id: string) => marks.get(id)! }
}

describe('drawing the marks of a frame', () => {
  it('lets a label grow past the usual cap into its lane’s room, less the mark’s padding', () => {
    const { label } = draw([{ event: event('a', 100), lane: 0, labelRoom: 400, labelLeft: false }])
    expect(label('a')).toBe(`${400 - 8}px`)
  })

  it('keeps the usual cap where the room is smaller, or unknown (a mark in the cluster row)', () => {
    const { label } = draw([
      { event: event('a', 100), lane: 0, labelRoom: 90, labelLeft: false },
      { event: event('b', 100), lane: -1, labelRoom: 0, labelLeft: false },
    ])
    expect(label('a')).toBe('220px')
    expect(label('b')).toBe('220px')
  })

  it('ends a label before the surface’s right edge, where the room would run past it', () => {
    const { label } = draw([
      { event: event('a', 700), lane: 0, labelRoom: Infinity, labelLeft: false },
    ])
    // The label starts at the marker (700) and the mark's right padding (8) must fit too.
    expect(label('a')).toBe(`${1000 - 700 - 8}px`)
  })

  it('places a mark whose label is on the left by its right edge, and ends that label before the left edge', () => {
    const { label, mark } = draw([
      { event: event('a', 100), lane: 1, labelRoom: Infinity, labelLeft: true },
      { event: event('b', 600), lane: 0, labelRoom: 150, labelLeft: true },
    ])
    // The mark ends a marker's half after its time; its own width is taken off by CSS.
    expect(mark('a').style.transform).toBe('translate(108.0px, 74px) translateX(-100%)')
    // The label ends at the marker (100) and the mark's left padding (8) must fit too.
    expect(label('a')).toBe(`${100 - 8}px`)
    // Away from the edge, the room in its lane (less the padding) or the usual cap.
    expect(label('b')).toBe('220px')
  })

  it('places each mark at its time, a marker’s half to the left, in its lane’s row', () => {
    const { mark } = draw([{ event: event('a', 100), lane: 2, labelRoom: 300, labelLeft: false }])
    expect(mark('a').style.transform).toBe('translate(92.0px, 114px)')
  })

  it('draws the clusters of a row side by side, each ending before the next begins', () => {
    const clusters = [
      // Its events span 40 px, and the next cluster starts 10 px after its last one.
      { firstIndex: 0, lastIndex: 9, count: 10, startMs: 100, lastStartMs: 140, endMs: 140 },
      { firstIndex: 10, lastIndex: 19, count: 10, startMs: 150, lastStartMs: 400, endMs: 400 },
      { firstIndex: 20, lastIndex: 20, count: 1, startMs: 600, lastStartMs: 600, endMs: 600 },
    ]
    const clusterEls = new Map(
      clusters.map((c) => [c.firstIndex, document.createElement('button')]),
    )
    const zx = scaleLinear([0, 1000], [0, 1000])
    const model = {
      placed: [],
      clusters,
      laneCount: 2,
      width: 1000,
      labelMax: 220,
      marks: new Map(),
    }
    drawMarks({ ...model, clusterEls }, zx)
    const boxes = clusters.map((c) => {
      const el = clusterEls.get(c.firstIndex)!
      const left = Number(/translate\(([-\d.]+)px/.exec(el.style.transform)![1])
      return { left, right: left + parseFloat(el.style.width) }
    })
    expect(boxes[0]!.right).toBeLessThanOrEqual(boxes[1]!.left - 2)
    expect(boxes[1]!.right).toBeLessThanOrEqual(boxes[2]!.left - 2)
    // The last one is drawn at the least width, whole.
    expect(boxes[2]!.right - boxes[2]!.left).toBe(28)
  })
})
