import type { LinearScale } from '../lib/linearScale'
import { useMemo, type RefObject } from 'react'
import { densityBins } from '../domain/density'
import type { TimelineEvent } from '../domain/types'
import './overview.css'
import { useBrushDrag } from './useBrushDrag'
import type { ZoomControls } from './useZoomBehavior'

const HEIGHT_PX = 36
/** One bar of the density shape per this many pixels. */
const BIN_PX = 3

interface Props {
  events: readonly TimelineEvent[]
  /** The whole document onto the strip's width. */
  scale: LinearScale
  width: number
  brushRef: RefObject<HTMLDivElement | null>
  controls: RefObject<ZoomControls | null>
}

/**
 * The whole document's density with a brush over the part in view: drag the brush to pan, drag
 * its edges to zoom, press elsewhere to jump there. A pointer aid only: keys (arrows, PageUp/Down,
 * + and −) do the same on the timeline, so it is hidden from assistive technology.
 */
export function Overview({ events, scale, width, brushRef, controls }: Props) {
  const [r0 = 0, r1 = 1] = scale.range()
  const [d0 = 0, d1 = 1] = scale.domain()
  const path = useMemo(() => {
    const counts = densityBins(events, d0, d1, (r1 - r0) / BIN_PX)
    return densityPath(counts, r0, r1)
  }, [events, d0, d1, r0, r1])
  const onPointerDown = useBrushDrag(scale, controls)
  return (
    <div
      className="overview"
      aria-hidden="true"
      data-timeline-overview=""
      style={{ height: HEIGHT_PX }}
      onPointerDown={onPointerDown}
    >
      <svg width={width} height={HEIGHT_PX}>
        <path className="overview-density" d={path} />
      </svg>
      <div ref={brushRef} className="overview-brush" data-overview-brush="">
        <div className="overview-edge" data-edge="start" />
        <div className="overview-edge" data-edge="end" />
      </div>
    </div>
  )
}

/** A stepped area, its heights on a square-root scale so sparse stretches still show. */
function densityPath(counts: Uint32Array, r0: number, r1: number): string {
  let max = 0
  for (const c of counts) max = Math.max(max, c)
  if (max === 0) return ''
  const step = (r1 - r0) / counts.length
  const parts = [`M${r0},${HEIGHT_PX}`]
  counts.forEach((c, i) => {
    const y = (HEIGHT_PX - 2 - (HEIGHT_PX - 6) * Math.sqrt(c / max)).toFixed(1)
    parts.push(`V${y}H${(r0 + (i + 1) * step).toFixed(1)}`)
  })
  parts.push(`V${HEIGHT_PX}Z`)
  return parts.join('')
}

/** Puts the brush over [d0, d1]: called from the zoom frame, so it follows without a render. */
export function placeBrush(el: HTMLElement, scale: LinearScale, d0: number, d1: number): void {
  const a = scale(d0)
  const b = scale(d1)
  el.style.transform = `translateX(${a.toFixed(1)}px)`
  el.style.width = `${Math.max(6, b - a).toFixed(1)}px`
}
