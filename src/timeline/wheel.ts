/**
 * What a wheel over the timeline is for, as in embedded maps: the page belongs to the article
 * around it, so a plain wheel scrolls the page; Ctrl/⌘ + wheel zooms (a trackpad pinch arrives
 * as a wheel with Ctrl held); a mostly sideways swipe pans the timeline.
 */
export type WheelIntent = 'zoom' | 'pan' | 'page'

type WheelLike = Pick<WheelEvent, 'ctrlKey' | 'metaKey' | 'deltaX' | 'deltaY' | 'deltaMode'>

export function wheelIntent(e: WheelLike): WheelIntent {
  if (e.ctrlKey || e.metaKey) return 'zoom'
  return Math.abs(e.deltaX) > Math.abs(e.deltaY) ? 'pan' : 'page'
}

/** A wheel delta in pixels: a line counts 25 px (as in d3-zoom), a page `pagePx`. */
export function wheelPx(delta: number, deltaMode: number, pagePx: number): number {
  return delta * (deltaMode === 1 ? 25 : deltaMode === 2 ? pagePx : 1)
}

/**
 * d3-zoom's own step (log2 of the scale factor; Ctrl's pinch deltas are small, so they count ten
 * times), but at most a doubling per event: a mouse wheel's notch with Ctrl held would otherwise
 * zoom fourfold at once.
 */
export function zoomWheelStep(e: WheelLike): number {
  const step = -wheelPx(e.deltaY, e.deltaMode, 500) * 0.002 * (e.ctrlKey ? 10 : 1)
  return Math.max(-1, Math.min(1, step))
}

/** The hint shown the first time a plain wheel lands on the timeline. */
export function zoomHintText(platform: string): string {
  return `Use ${/Mac|iPhone|iPad/.test(platform) ? '⌘' : 'Ctrl'} + scroll to zoom`
}
