/**
 * Landing on something a link or a button points at (a deep link's card or mark, "Show on
 * timeline"): wait until it is drawn, optionally focus it, then scroll it on screen. Loaded on
 * demand. Generic on purpose: it finds its target by a selector and scrolls whatever boxes hold
 * it, so it keeps working wherever the layout puts the panels.
 */
import { prefersReducedMotion } from './motion'

/** Room left between the target and the edge of what scrolls. */
const MARGIN_PX = 16
/** How long to wait for the target to be drawn, and for it to stop moving, in frames. */
const MAX_FRAMES = 120
/** Frames in a row at the same place that count as "stopped moving" (a smooth scroll ends). */
const STILL_FRAMES = 3

export interface LandOptions {
  /** Move focus to the target (it becomes focusable by script when it is not already). */
  focus: boolean
  /** False once a newer selection has replaced the one this landing is for (default: true). */
  current?: () => boolean
}

/** The next frame, or 50 ms: an embed below the fold of its page gets no frames until seen. */
const nextFrame = () =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 50)
    requestAnimationFrame(() => {
      clearTimeout(timer)
      resolve()
    })
  })

function scrolls(el: Element): boolean {
  const { overflowY } = getComputedStyle(el)
  return /auto|scroll|overlay/.test(overflowY) && el.scrollHeight > el.clientHeight
}

/**
 * Scrolls each box that holds `target` (inner boxes first, then this document) by as little as
 * brings `target` inside it. Never scrolls beyond this document: inside an embed the host page is
 * not touched, unlike scrollIntoView.
 */
export function bringIntoView(target: Element, smooth: boolean): void {
  const page = document.scrollingElement ?? document.documentElement
  const box = target.getBoundingClientRect()
  // How far the target has been moved up by the boxes already scrolled.
  let shift = 0
  for (let el = target.parentElement; el; el = el.parentElement) {
    const isPage = el === page
    if (!isPage && !scrolls(el)) continue
    const frame = isPage ? { top: 0, bottom: window.innerHeight } : el.getBoundingClientRect()
    const top = box.top - shift - (frame.top + MARGIN_PX)
    const bottom = box.bottom - shift - (frame.bottom - MARGIN_PX)
    // Taller than the box: its top goes to the top. Else the least move that shows it whole.
    const delta = top < 0 || box.height > frame.bottom - frame.top ? top : Math.max(0, bottom)
    const max = el.scrollHeight - el.clientHeight
    const to = Math.min(max, Math.max(0, el.scrollTop + delta))
    const moved = to - el.scrollTop
    if (moved !== 0) {
      el.scrollTo({ top: to, behavior: smooth ? 'smooth' : 'auto' })
      shift += moved
    }
    if (isPage) return
  }
}

/** What to show for `target`: a mark with the timeline around it when that fits, else itself. */
function shown(target: HTMLElement): HTMLElement {
  const around = target.closest<HTMLElement>('[data-timeline-surface]')
  if (!around) return target
  return around.getBoundingClientRect().height <= window.innerHeight - 2 * MARGIN_PX
    ? around
    : target
}

/** Resolves once `el` has stayed at the same height on the page for a few frames (or ~2 s). */
export async function whenStill(el: Element): Promise<void> {
  let last = Number.NaN
  for (let i = 0, still = 0; i < MAX_FRAMES && still < STILL_FRAMES; i++) {
    await nextFrame()
    const top = el.getBoundingClientRect().top
    still = top === last ? still + 1 : 0
    last = top
  }
}

/**
 * Waits for `find()` to return an element, focuses it if asked (when focus is still where it was
 * at the start, so a reader who has moved on keeps their place), waits until it stops moving
 * (panels scroll to it smoothly) and brings it on screen. Gives up quietly when it never appears
 * or when a newer selection comes first.
 */
export async function land(find: () => HTMLElement | null, opts: LandOptions): Promise<void> {
  const focusedBefore = document.activeElement
  let target: HTMLElement | null = null
  for (let i = 0; i < MAX_FRAMES && !target; i++) {
    target = find()
    if (!target) await nextFrame()
  }
  if (!target || opts.current?.() === false) return
  if (opts.focus && document.activeElement === focusedBefore) {
    // A card is not focusable by Tab; -1 lets script focus it without adding a tab stop.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.tabIndex = -1
    target.focus({ preventScroll: true })
  }
  await whenStill(target)
  if (!target.isConnected || opts.current?.() === false) return
  bringIntoView(shown(target), !prefersReducedMotion())
}

// Ids are URL-safe by the document schema, so they need no escaping inside a quoted attribute.

/** Finds an event's mark on the timeline, else its row in the list view. */
export const findEvent = (id: string) => () =>
  document.querySelector<HTMLElement>(`[role="tab"][data-event-id="${id}"]`) ??
  document.querySelector<HTMLElement>(`[data-list-event-id="${id}"]`)

/** Finds a quote's card. */
export const findQuoteCard = (id: string) => () =>
  document.querySelector<HTMLElement>(`figure[data-quote-id="${id}"]`)
