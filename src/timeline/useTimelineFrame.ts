import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react'
import type { Cluster } from '../domain/detailLayout'
import { useLatest } from '../lib/useLatest'
import { useTimelineStore } from '../store/TimelineContext'
import { drawAxis } from './axis'
import { drawMarks } from './drawMarks'
import { AXIS_HEIGHT_PX, detailLevel } from './geometry'
import type { LinearScale } from './linearScale'
import type { Placed } from './mounted'
import { placeBrush } from './Overview'
import { placeEraBands } from './placeEraBands'

/** What a frame draws, and the window React mounted it for. */
export interface FrameInput {
  placed: readonly Placed[]
  clusters: readonly Cluster[]
  laneCount: number
  zone: string
  /** The surface's size, and the width every label may have whatever its room. */
  width: number
  height: number
  labelMax: number
  /** The committed view's scale: drawn at once whenever what is mounted changes. */
  committed: LinearScale
  /** The fixed scale of the whole document (the overview's). */
  base: LinearScale
  /** The mounted window [w0, w1] and the level its lanes were laid out for. */
  w0: number
  w1: number
  level: number
  /** Every mark is mounted (a small document): no view needs a commit to be drawn. */
  mountAll: boolean
}

/** The elements a frame writes into; the marks and clusters register themselves. */
export interface FrameTargets {
  marks: RefObject<Map<string, HTMLButtonElement>>
  registerMark: (id: string, el: HTMLButtonElement | null) => void
  registerCluster: (key: number, el: HTMLButtonElement | null) => void
  axisLabels: RefObject<SVGGElement | null>
  grid: RefObject<SVGGElement | null>
  eras: RefObject<SVGGElement | null>
  brush: RefObject<HTMLDivElement | null>
}

/**
 * The zoom frame: positions the mounted marks, clusters, era bands, axis and overview brush for
 * a scale, straight into the DOM (no React render), and commits the view to the store when the
 * frame leaves what React mounted. Everything it reads comes through one ref, so a frame never
 * waits for React; the committed view is drawn again whenever what is mounted changes.
 */
export function useTimelineFrame(input: FrameInput): {
  draw: (zx: LinearScale) => void
  targets: FrameTargets
} {
  const store = useTimelineStore()
  const inputRef = useLatest(input)
  const marks = useRef(new Map<string, HTMLButtonElement>())
  const clusterEls = useRef(new Map<number, HTMLButtonElement>())
  const axisLabels = useRef<SVGGElement>(null)
  const grid = useRef<SVGGElement>(null)
  const eras = useRef<SVGGElement>(null)
  const brush = useRef<HTMLDivElement>(null)

  const draw = useCallback(
    (zx: LinearScale) => {
      const f = inputRef.current
      drawMarks({ ...f, marks: marks.current, clusterEls: clusterEls.current }, zx)
      placeEraBands(eras.current, zx)
      if (axisLabels.current && grid.current) {
        drawAxis(axisLabels.current, grid.current, zx, f.zone, f.width, f.height - AXIS_HEIGHT_PX)
      }
      const [d0 = 0, d1 = 0] = zx.domain()
      if (brush.current) placeBrush(brush.current, f.base, d0, d1)
      // Leaving the mounted window, or zooming out past the level the lanes were laid out for
      // (labels would overlap), commits the view at once: React then mounts what the new view
      // needs, one render rather than one per frame. Zooming in keeps a layout valid (marks only
      // spread apart), so clusters open when that gesture ends.
      if (f.mountAll) return
      const [r0 = 0, r1 = 1] = zx.range()
      if (d0 < f.w0 || d1 > f.w1 || detailLevel((r1 - r0) / (d1 - d0)) < f.level) {
        store.getState().setViewport({ startMs: d0, endMs: d1 })
      }
    },
    [store, inputRef],
  )

  const { committed, placed, clusters, zone, height } = input
  useLayoutEffect(() => draw(committed), [draw, committed, placed, clusters, zone, height])

  const registerMark = useCallback((id: string, el: HTMLButtonElement | null) => {
    if (el) marks.current.set(id, el)
    else marks.current.delete(id)
  }, [])
  const registerCluster = useCallback((key: number, el: HTMLButtonElement | null) => {
    if (el) clusterEls.current.set(key, el)
    else clusterEls.current.delete(key)
  }, [])
  const targets = { marks, registerMark, registerCluster, axisLabels, grid, eras, brush }
  return { draw, targets }
}
