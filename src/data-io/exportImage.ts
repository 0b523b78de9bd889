/**
 * The timeline as a picture: a standalone SVG of the current view (title, axis, the events in
 * view with their labels in the timeline's own lanes, and a source line), for a print graphic or
 * a social card. Pure string building: every number is checked finite and every text escaped, so
 * untrusted data can neither break the markup nor put NaN into it. `svgToPngBlob` rasterises it
 * in the browser.
 */
import { stripBidi } from '../lib/bidi'
import { closeBidi } from '../lib/closeBidi'
import { formatDay, zoneAbbreviation } from '../domain/formatTime'
import { kindStyleOf } from '../domain/kinds'
import { layoutFor } from '../domain/levelLayout'
import { clusterBox, labelWidthPx } from '../domain/markGeometry'
import { estimateLabelWidthPx, LABEL_PADDING_PX, MAX_LABEL_PX } from '../domain/labelWidth'
import { zonedTicks } from '../domain/ticks'
import type { TimelineDocument, TimelineEvent } from '../domain/types'
import { labelWidths } from '../lib/labelWidths'

export interface Palette {
  page: string
  ink: string
  muted: string
  line: string
  kind: (kind: string) => string
}

export interface ImageOptions {
  document: TimelineDocument
  /** The visible range, as the reader has zoomed it. */
  startMs: number
  endMs: number
  /** The IANA zone the times are shown in. */
  timeZone: string
  palette: Palette
  /** The events shown (after the reader's filters); all of the document's by default. */
  events?: readonly TimelineEvent[]
  widthPx?: number
}

/** Control characters are not allowed in XML 1.0, even escaped; tabs and newlines are. */
const allowedInXml = (c: string) => {
  const code = c.charCodeAt(0)
  return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d
}

const escapeXml = (s: string) =>
  Array.from(s)
    .filter(allowedInXml)
    .join('')
    .replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A finite number with at most two decimals, or 0: nothing else may reach the markup. */
const n = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : 0)

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

const LANE_PX = 40
const TOP_PX = 112
const LEFT_PX = 24

/** The SVG markup of the view described by `o`. */
export function timelineSvg(o: ImageOptions): string {
  const width = Math.max(320, Math.round(o.widthPx ?? 1200))
  const doc = o.document
  // A broken range falls back to the whole document: never NaN in the picture.
  const ok = Number.isFinite(o.startMs) && Number.isFinite(o.endMs)
  const from = ok ? o.startMs : (doc.events[0]?.startMs ?? 0)
  const to = ok ? o.endMs : doc.events.reduce((m, e) => Math.max(m, e.endMs), from)
  const lo = Math.min(from, to)
  const hi = Math.max(from, to, lo + 1)
  const pxPerMs = (width - 2 * LEFT_PX) / (hi - lo)
  const x = (ms: number) => LEFT_PX + (ms - lo) * pxPerMs
  const inView = (o.events ?? doc.events).filter((e) => e.endMs >= lo && e.startMs <= hi)
  const titles = inView.map((e) => clip(e.title, 40))
  const labelPx = labelWidths(titles)
  // The timeline's own layout at this view: whole titles where every event has a lane, those
  // that would run past the right edge on the left of their marks; where the view is too dense,
  // seven lanes and a row of clusters ("1,204 events").
  const layout = layoutFor(
    inView,
    -Infinity,
    [lo, hi, (hi - lo) * pxPerMs],
    labelPx,
    MAX_LABEL_PX,
    width - 2 * LEFT_PX,
  )
  const laneCount = layout.laneCount
  const clusterRow = layout.clusters.length > 0 ? 1 : 0
  const axisY = TOP_PX
  const height = axisY + 28 + Math.max(1, laneCount + clusterRow) * LANE_PX + 56

  // Ticks whose labels would run into the one before, or off the picture, are left out.
  let lastEnd = 0
  const ticks = zonedTicks(lo, hi, o.timeZone, Math.max(2, Math.floor(width / 110)))
    .filter((t) => {
      const half = estimateLabelWidthPx(t.label, 12, Infinity) / 2
      if (t.ms < lo || t.ms > hi || x(t.ms) - half < lastEnd || x(t.ms) + half > width) return false
      lastEnd = x(t.ms) + half
      return true
    })
    .map(
      (t) =>
        `<line x1="${n(x(t.ms))}" x2="${n(x(t.ms))}" y1="${axisY}" y2="${height - 48}" stroke="${o.palette.line}" stroke-dasharray="2 3"/>` +
        `<text x="${n(x(t.ms))}" y="${axisY - 8}" text-anchor="middle" font-size="12" fill="${o.palette.muted}"${t.major ? ' font-weight="700"' : ''}>${escapeXml(t.label)}</text>`,
    )
  const marks = inView.flatMap((e, i) => {
    const lane = layout.lane[i]!
    if (lane < 0) return []
    const cy = axisY + 28 + lane * LANE_PX
    const x0 = x(e.startMs)
    const x1 = x(e.endMs)
    const colour = o.palette.kind(e.kind)
    const bar =
      e.endMs > e.startMs
        ? `<rect x="${n(x0)}" y="${n(cy - 4)}" width="${n(Math.max(2, x1 - x0))}" height="8" rx="4" fill="${colour}" opacity="0.55"/>`
        : ''
    const shape = `<path d="${kindStyleOf(doc, e.kind).path}" transform="translate(${n(x0 - 7)} ${n(cy - 7)}) scale(0.875)" fill="${colour}"/>`
    // As on the timeline: under the mark, from its start, or on the left, ending at its end.
    const anchor = layout.labelLeft[i] ? `x="${n(x1)}" text-anchor="end"` : `x="${n(x0)}"`
    // SVG text is never cut by its box: a title longer than its room is shortened here.
    const room = labelWidthPx(
      layout.labelRoom[i]!,
      layout.labelLeft[i] ? x1 : width - x0,
      MAX_LABEL_PX,
    )
    const title = titles[i]!
    const text = labelPx[i]! - LABEL_PADDING_PX
    const fitted =
      text <= room ? title : clip(title, Math.max(1, Math.floor((title.length * room) / text)))
    const label = `<text ${anchor} y="${n(cy + 20)}" font-size="12" font-weight="600" fill="${o.palette.ink}">${escapeXml(closeBidi(fitted))}</text>`
    return [`<g>${bar}${shape}${label}</g>`]
  })

  // As on the timeline: each cluster from its first event to its last, ending before the next.
  const clusterY = axisY + 28 + laneCount * LANE_PX - 12
  const clusters = layout.clusters.map((c, i) => {
    const { left, width: w } = clusterBox(c, layout.clusters[i + 1], x)
    return (
      `<g><rect x="${n(left)}" y="${n(clusterY)}" width="${n(w)}" height="24" rx="12" fill="${o.palette.line}"/>` +
      `<text x="${n(left + 6)}" y="${n(clusterY + 16)}" font-size="11" font-weight="600" fill="${o.palette.ink}">${c.count.toLocaleString('en-US')}</text></g>`
    )
  })

  const firstMs = inView[0]?.startMs ?? lo
  const publishers = [
    ...new Set(
      inView.flatMap((e) =>
        e.sourceIds.flatMap((id) => {
          const s = doc.sources.find((src) => src.id === id)
          // Each name closes what it opens: it is joined with others on one line.
          return s ? [closeBidi(s.publisher ?? s.title)] : []
        }),
      ),
    ),
  ]
  const sourceLine = clip(
    `${publishers.length > 0 ? `Sources: ${publishers.slice(0, 6).join(', ')}${publishers.length > 6 ? ' and others' : ''}. ` : ''}Made with Quoteline.`,
    Math.floor(width / 6.5),
  )
  const subtitle = `${formatDay(firstMs, o.timeZone)} · times in ${zoneAbbreviation(firstMs, o.timeZone)}`

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif">`,
    `<title>${escapeXml(stripBidi(doc.title))}</title>`,
    `<rect width="${width}" height="${height}" fill="${o.palette.page}"/>`,
    `<text x="${LEFT_PX}" y="44" font-family="Georgia, 'Times New Roman', serif" font-size="28" font-weight="700" fill="${o.palette.ink}">${escapeXml(closeBidi(clip(doc.title, 70)))}</text>`,
    `<text x="${LEFT_PX}" y="72" font-size="14" fill="${o.palette.muted}">${escapeXml(subtitle)}</text>`,
    `<line x1="${LEFT_PX}" x2="${width - LEFT_PX}" y1="${axisY}" y2="${axisY}" stroke="${o.palette.line}"/>`,
    ...ticks,
    ...marks,
    ...clusters,
    `<text x="${LEFT_PX}" y="${height - 20}" font-size="12" fill="${o.palette.muted}">${escapeXml(sourceLine)}</text>`,
    '</svg>',
  ].join('')
}

/** Rasterises SVG markup to a PNG at `scale` (2 for crisp social cards). */
export async function svgToPngBlob(svg: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(image.naturalWidth * scale)
    canvas.height = Math.round(image.naturalHeight * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw the picture.')
    context.scale(scale, scale)
    context.drawImage(image, 0, 0)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('No PNG was made.'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
