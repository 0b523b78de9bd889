import type { LinearScale } from '../lib/linearScale'
import { estimateLabelWidthPx } from '../domain/labelWidth'
import { zonedTicks, type Tick } from '../domain/ticks'

const SVG = 'http://www.w3.org/2000/svg'
/** How far tick labels stand above the line they label, and the length of their tick marks. */
const LABEL_LIFT_PX = 8
const TICK_PX = 5

/** What the last frame drew into one axis: the ticks, and where its first tick was. */
interface Drawn {
  key: string
  slope: number
  anchorMs: number
  anchorX: number
  moved: SVGGElement
  texts: Map<number, SVGTextElement>
}
const drawn = new WeakMap<SVGGElement, Drawn>()

/** The group inside `host` that frames write into (React owns `host` and its transform). */
function stateOf(host: SVGGElement): Drawn {
  let s = drawn.get(host)
  if (!s) {
    const moved = document.createElementNS(SVG, 'g')
    host.replaceChildren(moved)
    s = { key: '', slope: NaN, anchorMs: 0, anchorX: 0, moved, texts: new Map() }
    drawn.set(host, s)
  }
  return s
}

const px = (x: number) => x.toFixed(1)

/**
 * Draws tick labels (in the display zone) and light grid lines for the current scale.
 *
 * Frames are cheap: the grid is one path and each label one text element, reused while its tick
 * stays; a pan (same ticks, same scale) only moves the two groups. The d3-axis version rebuilt
 * three elements per tick on both axes every frame, which restyled some 140 elements a frame.
 */
export function drawAxis(
  labels: SVGGElement,
  grid: SVGGElement,
  zx: LinearScale,
  timeZone: string,
  width: number,
  gridHeight: number,
): void {
  const ticks = ticksThatFit(zx, timeZone, width)
  const key = `${timeZone}|${gridHeight}|${ticks.map((t) => t.ms).join(',')}`
  const slope = zx(1) - zx(0)
  const first = ticks[0]?.ms ?? 0
  for (const host of [labels, grid]) {
    const s = stateOf(host)
    const panOnly = s.key === key && Math.abs(slope - s.slope) <= Math.abs(slope) * 1e-9
    if (panOnly) {
      s.moved.setAttribute('transform', `translate(${px(zx(s.anchorMs) - s.anchorX)}, 0)`)
      continue
    }
    s.key = key
    s.slope = slope
    s.anchorMs = first
    s.anchorX = zx(first)
    s.moved.removeAttribute('transform')
    if (host === grid) drawGrid(s, ticks, zx, gridHeight)
    else drawLabels(s, ticks, zx)
  }
}

/** Room between two tick labels. */
const LABEL_GAP_PX = 10

/**
 * Ticks across the whole surface (the label room on the right included) whose labels do not
 * touch: a long label ("Wed, Jan 8") on a narrow screen asks for fewer, wider-spaced ticks.
 */
function ticksThatFit(zx: LinearScale, timeZone: string, width: number): Tick[] {
  const crowded = (ticks: readonly Tick[]) =>
    ticks.some((t, i) => {
      const next = ticks[i + 1]
      if (!next) return false
      const room = (estimateLabelWidthPx(t.label, 11) + estimateLabelWidthPx(next.label, 11)) / 2
      return zx(next.ms) - zx(t.ms) < room + LABEL_GAP_PX
    })
  // A label is centred on its tick: one that either edge would cut is left out.
  const whole = (t: Tick) => {
    const half = estimateLabelWidthPx(t.label, 11) / 2
    const x = zx(t.ms)
    return x - half >= 0 && x + half <= width
  }
  let count = Math.max(3, Math.floor(width / 64))
  for (;;) {
    const ticks = zonedTicks(zx.invert(0), zx.invert(width), timeZone, count).filter(whole)
    if (count <= 1 || !crowded(ticks)) return ticks
    count = Math.floor(count / 2)
  }
}

function drawGrid(s: Drawn, ticks: readonly Tick[], zx: (ms: number) => number, height: number) {
  let path = s.moved.firstElementChild
  if (!path) path = s.moved.appendChild(document.createElementNS(SVG, 'path'))
  path.setAttribute('d', ticks.map((t) => `M${px(zx(t.ms))},0V${height}`).join(''))
}

function drawLabels(s: Drawn, ticks: readonly Tick[], zx: (ms: number) => number) {
  let marks = s.moved.querySelector('path')
  if (!marks) marks = s.moved.appendChild(document.createElementNS(SVG, 'path'))
  marks.setAttribute('d', ticks.map((t) => `M${px(zx(t.ms))},0v${-TICK_PX}`).join(''))
  const keep = new Set<number>()
  for (const t of ticks) {
    keep.add(t.ms)
    let text = s.texts.get(t.ms)
    if (!text) {
      text = document.createElementNS(SVG, 'text')
      text.setAttribute('y', String(-LABEL_LIFT_PX))
      s.moved.appendChild(text)
      s.texts.set(t.ms, text)
    }
    text.setAttribute('x', px(zx(t.ms)))
    if (text.textContent !== t.label) text.textContent = t.label
    text.classList.toggle('major', t.major)
  }
  for (const [ms, text] of s.texts) {
    if (keep.has(ms)) continue
    text.remove()
    s.texts.delete(ms)
  }
}
