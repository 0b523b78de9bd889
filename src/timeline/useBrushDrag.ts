import type { LinearScale } from '../lib/linearScale'
import { useCallback, type PointerEvent, type RefObject } from 'react'
import { MIN_SPAN_MS } from './geometry'
import type { ZoomControls } from './useZoomBehavior'

type Mode = 'start' | 'end' | 'body'

/**
 * Pointer handling of the overview brush. Each move jumps the timeline (held: no commit), and
 * the release commits once, so a drag costs zoom frames only, never React renders.
 */
export function useBrushDrag(scale: LinearScale, controls: RefObject<ZoomControls | null>) {
  return useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      const c = controls.current
      if (!c || e.button !== 0) return
      const strip = e.currentTarget
      const left = strip.getBoundingClientRect().left
      const msAt = (clientX: number) => scale.invert(clientX - left)
      const target = e.target as HTMLElement
      const edge = target.dataset.edge
      let mode: Mode = edge === 'start' || edge === 'end' ? edge : 'body'
      let [s0, s1] = c.view()
      if (!target.closest('[data-overview-brush]')) {
        // Pressed beside the brush: centre the view there, then drag it like the brush.
        const mid = msAt(e.clientX)
        const half = (s1 - s0) / 2
        c.showRange(mid - half, mid + half)
        ;[s0, s1] = c.view()
        mode = 'body'
      }
      const x0 = msAt(e.clientX)
      strip.setPointerCapture(e.pointerId)
      e.preventDefault()
      const move = (ev: globalThis.PointerEvent) => {
        const d = msAt(ev.clientX) - x0
        if (mode === 'body') c.showRange(s0 + d, s1 + d)
        else if (mode === 'start') c.showRange(Math.min(s0 + d, s1 - MIN_SPAN_MS), s1)
        else c.showRange(s0, Math.max(s1 + d, s0 + MIN_SPAN_MS))
      }
      const up = () => {
        strip.removeEventListener('pointermove', move)
        strip.removeEventListener('pointerup', up)
        strip.removeEventListener('pointercancel', up)
        c.release()
      }
      strip.addEventListener('pointermove', move)
      strip.addEventListener('pointerup', up)
      strip.addEventListener('pointercancel', up)
    },
    [scale, controls],
  )
}
