import type { LinearScale } from './linearScale'
import { select } from 'd3-selection'
import 'd3-transition'
import {
  zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom'
import { useEffect, useRef, type RefObject } from 'react'
import type { Viewport } from '../store/createTimelineStore'
import { prefersReducedMotion } from '../lib/motion'
import { useLatest } from '../lib/useLatest'
import { MIN_SPAN_MS } from './geometry'
import { wheelIntent, wheelPx, zoomWheelStep } from './wheel'

export interface ZoomControls {
  scaleBy: (factor: number) => void
  fit: () => void
  /** Moves so that [startMs, endMs] is in view, keeping the zoom when it already fits. */
  reveal: (startMs: number, endMs: number) => void
  /** Pans by a fraction of the visible width (PageUp/PageDown). */
  panBy: (fraction: number) => void
  /** Moves so that exactly [startMs, endMs] is in view (a cluster opening). */
  zoomTo: (startMs: number, endMs: number) => void
  /** Jumps to [startMs, endMs] at once and holds the commit until `release` (the overview brush). */
  showRange: (startMs: number, endMs: number) => void
  /** Ends a held move: the range now in view is committed. */
  release: () => void
  /** The range in view right now, mid-gesture included. */
  view: () => [number, number]
}

/** The transform that shows `viewport` through the fixed `base` scale. */
export function transformFor(base: LinearScale, viewport: Viewport): ZoomTransform {
  const [d0, d1] = base.domain() as [number, number]
  const r0 = base.range()[0] ?? 0
  const k = Math.max(1, (d1 - d0) / Math.max(1, viewport.endMs - viewport.startMs))
  // The zoomed scale is x + k·base(ms); put viewport.startMs at the range's start.
  return zoomIdentity.translate(r0 - base(viewport.startMs) * k, 0).scale(k)
}

export interface ZoomOptions {
  /** The element d3-zoom listens on. */
  surfaceRef: RefObject<HTMLDivElement | null>
  /** The fixed scale of the whole document; the zoomed one is derived from it. */
  base: LinearScale
  /** The surface's width: zoom is attached once it is measured. */
  width: number
  /** The committed view, where a newly attached zoom starts. */
  viewport: Viewport
  /** Draws one frame at the zoomed scale (no React render). */
  onFrame: (zx: LinearScale) => void
  /** Commits the range in view when a gesture or a move ends. */
  onCommit: (viewport: Viewport) => void
  onGestureStart: () => void
  /** A plain wheel, which scrolls the page rather than zooming. */
  onPageWheel: () => void
}

/**
 * Attaches d3-zoom to the surface once per base scale. Zoom frames go straight to `onFrame`
 * (no React render); the visible range is committed through `onCommit` when a gesture ends.
 */
export function useZoomBehavior(options: ZoomOptions): RefObject<ZoomControls | null> {
  const { surfaceRef, base, width } = options
  const controls = useRef<ZoomControls | null>(null)
  // The callbacks and the view as of the last render: listeners attached once read them here.
  const optionsRef = useLatest(options)

  useEffect(() => {
    const el = surfaceRef.current
    if (!el || width <= 0) return
    const [d0, d1] = base.domain() as [number, number]
    const maxK = Math.max(1, (d1 - d0) / MIN_SPAN_MS)
    // The data occupies [r0, r1] of the surface; the rest is room for labels.
    const [r0 = 0, r1 = width] = base.range()
    // x only: clamp so the data never leaves its part of the surface, and keep y at 0.
    // d3-zoom applies this to gestures only, so programmatic moves call it too.
    const clamp = (t: ZoomTransform): ZoomTransform => {
      const k = Math.min(maxK, Math.max(1, t.k))
      const x = Math.min(r0 - r0 * k, Math.max(r1 - r1 * k, t.x))
      return x === t.x && k === t.k && t.y === 0 ? t : zoomIdentity.translate(x, 0).scale(k)
    }
    let raf = 0
    let latest: ZoomTransform = zoomIdentity
    // While the overview brush drags, each jump would end a zoom "gesture": commit once at release.
    let holding = false
    // A sideways swipe is a gesture of many wheel events: it ends (and commits) 150 ms after the
    // last, as d3-zoom's own wheel gestures do.
    let swipe = 0
    const commit = (t: ZoomTransform) => {
      const [a, b] = t.rescaleX(base).domain() as [number, number]
      optionsRef.current.onCommit({ startMs: a, endMs: b })
    }
    const draw = () => {
      raf = 0
      optionsRef.current.onFrame(latest.rescaleX(base))
    }
    const behavior: ZoomBehavior<HTMLDivElement, unknown> = zoom<HTMLDivElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [width, 1],
      ])
      .constrain(clamp)
      .wheelDelta(zoomWheelStep)
      .duration(prefersReducedMotion() ? 0 : 250)
      .filter((event: Event) => {
        const e = event as MouseEvent
        // A press without a window (a script's synthetic mousedown) cannot be tracked as a drag:
        // d3-zoom would throw on it, so it is left alone.
        if (event.type === 'mousedown' && !e.view) return false
        if (event.type === 'wheel') return wheelIntent(e as WheelEvent) === 'zoom'
        // A double click or tap zooms in (with Shift, out) where it lands beside the marks.
        if (event.type === 'dblclick' || event.type === 'touchend') {
          return !(e.target as Element).closest('button')
        }
        return !e.ctrlKey && !e.button
      })
      .on('start', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        if (event.sourceEvent) optionsRef.current.onGestureStart()
      })
      .on('zoom', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        latest = event.transform
        if (!raf) raf = requestAnimationFrame(draw)
      })
      .on('end', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
        if (!holding && !swipe) commit(event.transform)
      })
    const selection = select(el)
    selection.call(behavior)
    const onWheel = (e: WheelEvent) => {
      const intent = wheelIntent(e)
      if (intent === 'page') return optionsRef.current.onPageWheel()
      // Over the timeline, never the browser's page zoom or back swipe, even at the zoom's ends.
      e.preventDefault()
      if (intent === 'zoom') return
      if (swipe) clearTimeout(swipe)
      else optionsRef.current.onGestureStart()
      swipe = window.setTimeout(() => {
        swipe = 0
        commit(latest)
      }, 150)
      behavior.translateBy(selection, -wheelPx(e.deltaX, e.deltaMode, r1 - r0) / latest.k, 0)
    }
    // Capturing, so it runs before d3-zoom's own listener on the same element.
    const wheelOptions = { capture: true, passive: false }
    el.addEventListener('wheel', onWheel, wheelOptions)
    const stopVerticalSwipes = keepVerticalSwipesForThePage(el)
    latest = clamp(transformFor(base, optionsRef.current.viewport))
    selection.call(behavior.transform, latest)

    // Where the running animated move is headed: a step taken during it (a second click on +)
    // goes on from there, not from wherever the animation has got to, so no step is lost.
    let goal: ZoomTransform | null = null
    const ahead = () => goal ?? latest
    const move = (target: ZoomTransform) => {
      const t = clamp(target)
      const ms = prefersReducedMotion() ? 0 : 350
      goal = null
      if (ms === 0) {
        selection.interrupt().call(behavior.transform, t)
        return
      }
      goal = t
      selection
        .interrupt()
        .transition()
        .duration(ms)
        .call(behavior.transform, t)
        // A gesture interrupts the animation: from then on the view is the reader's.
        .on('end interrupt', () => {
          if (goal === t) goal = null
        })
    }
    controls.current = {
      scaleBy: (factor) => {
        const t = ahead()
        const k = Math.min(maxK, Math.max(1, t.k * factor))
        // Zoom about the centre of the data's part of the view.
        const cx = (r0 + r1) / 2
        const x = cx - ((cx - t.x) / t.k) * k
        move(zoomIdentity.translate(x, 0).scale(k))
      },
      fit: () => move(zoomIdentity),
      reveal: (startMs, endMs) => {
        const zx = ahead().rescaleX(base)
        const [v0, v1] = zx.domain() as [number, number]
        const margin = (v1 - v0) * 0.08
        if (startMs >= v0 + margin && endMs <= v1 - margin) return
        const span = v1 - v0
        const need = endMs - startMs
        const target =
          need > span * 0.84
            ? { startMs: startMs - need * 0.1, endMs: endMs + need * 0.1 }
            : { startMs: (startMs + endMs) / 2 - span / 2, endMs: (startMs + endMs) / 2 + span / 2 }
        move(transformFor(base, target))
      },
      panBy: (fraction) => {
        const t = ahead()
        move(t.translate((-fraction * (r1 - r0)) / t.k, 0))
      },
      zoomTo: (startMs, endMs) => move(transformFor(base, { startMs, endMs })),
      showRange: (startMs, endMs) => {
        holding = true
        selection
          .interrupt()
          .call(behavior.transform, clamp(transformFor(base, { startMs, endMs })))
      },
      release: () => {
        holding = false
        commit(latest)
      },
      view: () => latest.rescaleX(base).domain() as [number, number],
    }
    return () => {
      if (raf) cancelAnimationFrame(raf)
      clearTimeout(swipe)
      el.removeEventListener('wheel', onWheel, wheelOptions)
      selection.interrupt().on('.zoom', null)
      stopVerticalSwipes()
      controls.current = null
    }
  }, [surfaceRef, base, width, optionsRef])

  return controls
}

/**
 * One finger moving mostly up or down scrolls the page, not the timeline: d3-zoom would cancel
 * that touchmove, so a capture listener decides the axis on the first move and hides a vertical
 * swipe from d3-zoom (CSS `touch-action: pan-y` lets the browser scroll). Pinches and sideways
 * swipes still reach d3-zoom.
 */
function keepVerticalSwipesForThePage(el: HTMLElement): () => void {
  let start: { x: number; y: number } | null = null
  let vertical: boolean | null = null
  const onStart = (e: TouchEvent) => {
    const t = e.touches[0]
    start = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY } : null
    vertical = null
  }
  const onMove = (e: TouchEvent) => {
    const t = e.touches[0]
    if (!start || !t || e.touches.length !== 1) return
    vertical ??= Math.abs(t.clientY - start.y) > Math.abs(t.clientX - start.x)
    if (vertical) e.stopImmediatePropagation()
  }
  const options = { capture: true, passive: true }
  el.addEventListener('touchstart', onStart, options)
  el.addEventListener('touchmove', onMove, options)
  return () => {
    el.removeEventListener('touchstart', onStart, options)
    el.removeEventListener('touchmove', onMove, options)
  }
}
