import { estimateLabelWidthPx, LABEL_PADDING_PX } from '../domain/labelWidth'

/** The label font of the marks (index.css, `.mark-label`) and of the exported picture. */
export const LABEL_FONT = '600 12px system-ui, sans-serif'
/** Up to this many titles are measured (about a millisecond for a thousand); more are estimated. */
const MEASURE_BELOW = 2_000

/**
 * Each title's width in px as drawn in LABEL_FONT, with its padding: measured where there is a
 * canvas and not too many titles, so that whole titles fit where the lanes give them room, and
 * estimated from its characters otherwise.
 */
export function labelWidths(titles: readonly string[]): Float64Array {
  const ctx =
    titles.length < MEASURE_BELOW && typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(1, 1).getContext('2d')
      : null
  if (ctx) ctx.font = LABEL_FONT
  return Float64Array.from(titles, (t) =>
    ctx
      ? Math.ceil(ctx.measureText(t).width) + LABEL_PADDING_PX
      : estimateLabelWidthPx(t, 12, Infinity),
  )
}
