import { scaleLinear, type ScaleLinear } from 'd3-scale'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { describeEventTime, resolveZone } from '../domain/formatTime'
import { documentExtent } from '../domain/navigation'
import type { EventId, TimelineEvent } from '../domain/types'
import type { Viewport } from '../store/createTimelineStore'
import { selectFilteredEvents } from '../store/selectors'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { drawAxis } from './axis'
import { EventMark } from './EventMark'
import {
  AXIS_HEIGHT_PX,
  detailLevel,
  labelMaxPx,
  LEFT_GUTTER_PX,
  LANE_HEIGHT_PX,
  layoutLanes,
  markBox,
  MARKER_HALF_PX,
} from './geometry'
import { anchorFor, MarkTooltip, type TooltipAnchor } from './MarkTooltip'
import { TimelineToolbar } from './TimelineToolbar'
import { useElementWidth } from './useElementWidth'
import { useTimelineKeys } from './useTimelineKeys'
import { useZoomBehavior } from './useZoomBehavior'

/** The interactive D3 timeline: axis, event marks in lanes, zoom and pan, keyboard. */
export function Timeline() {
  const store = useTimelineStore()
  const doc = useTimeline((s) => s.document)
  const events = useTimeline(selectFilteredEvents)
  const viewport = useTimeline((s) => s.viewport)
  const selectedId = useTimeline((s) => s.selectedEventId)
  const selectionSeq = useTimeline((s) => s.selectionSeq)
  const zone = useTimeline((s) => resolveZone(s.zone, s.document.timezone))

  const surfaceRef = useRef<HTMLDivElement>(null)
  const labelsRef = useRef<SVGGElement>(null)
  const gridRef = useRef<SVGGElement>(null)
  const marks = useRef(new Map<string, HTMLButtonElement>())
  const width = useElementWidth(surfaceRef)

  const labelMax = labelMaxPx(width)
  // The data spans [gutter, dataEnd]: a marker's half at the left, room for the last labels at
  // the right, so nothing is cut at either edge.
  const dataEnd = Math.max(LEFT_GUTTER_PX + 1, width - labelMax - 12)
  const base = useMemo(
    () => scaleLinear().domain(documentExtent(doc)).range([LEFT_GUTTER_PX, dataEnd]),
    [doc, dataEnd],
  )
  const level = detailLevel(
    (dataEnd - LEFT_GUTTER_PX) / Math.max(1, viewport.endMs - viewport.startMs),
  )
  const lanes = useMemo(
    () => layoutLanes(events, 2 ** level, base.domain()[0] ?? 0, labelMax),
    [events, level, base, labelMax],
  )
  const height = AXIS_HEIGHT_PX + Math.max(1, lanes.laneCount) * LANE_HEIGHT_PX + 8

  // Everything the zoom frame needs, read through refs so that frames never wait for React.
  const live = useRef({ events, lanes, zone, width, height })
  const viewportRef = useRef<Viewport>(viewport)
  useLayoutEffect(() => {
    live.current = { events, lanes, zone, width, height }
    viewportRef.current = viewport
  })

  const drawFrame = useCallback((zx: ScaleLinear<number, number>) => {
    const { events: evs, lanes: ls, zone: tz, width: w, height: h } = live.current
    for (const e of evs) {
      const el = marks.current.get(e.id)
      if (!el) continue
      const { left, spanPx } = markBox(e, zx)
      const y = AXIS_HEIGHT_PX + (ls.laneById.get(e.id) ?? 0) * LANE_HEIGHT_PX
      el.style.transform = `translate(${(left - MARKER_HALF_PX).toFixed(1)}px, ${y}px)`
      el.style.setProperty('--span', `${spanPx.toFixed(1)}px`)
      // A long span that starts off screen keeps its label at the left edge while it is in view.
      const shift = Math.max(0, Math.min(-left, spanPx - 24))
      el.style.setProperty('--label-shift', `${shift.toFixed(1)}px`)
    }
    if (labelsRef.current && gridRef.current) {
      drawAxis(labelsRef.current, gridRef.current, zx, tz, w, h - AXIS_HEIGHT_PX)
    }
  }, [])

  const committedScale = useMemo(
    () => scaleLinear().domain([viewport.startMs, viewport.endMs]).range([LEFT_GUTTER_PX, dataEnd]),
    [viewport, dataEnd],
  )
  useLayoutEffect(() => drawFrame(committedScale), [drawFrame, committedScale, events, lanes, zone])

  const [tooltip, setTooltip] = useState<TooltipAnchor | null>(null)
  const onHover = useCallback(
    (id: EventId | null) => {
      // Nothing to change (e.g. a gesture starting with no tooltip): no render at all.
      if (id === store.getState().hoveredEventId) return
      store.getState().hover(id)
      const event = id ? live.current.events.find((e) => e.id === id) : undefined
      const el = id ? marks.current.get(id) : undefined
      const surface = surfaceRef.current
      setTooltip(event && el && surface ? anchorFor(event, el, surface) : null)
    },
    [store],
  )

  const controls = useZoomBehavior(
    surfaceRef,
    base,
    width,
    viewportRef,
    drawFrame,
    (v) => store.getState().setViewport(v),
    () => onHover(null),
  )

  // Every selection brings its event into view; keys also move focus to it.
  useEffect(() => {
    if (!selectedId) return
    const { events: evs } = live.current
    const event = evs.find((e) => e.id === selectedId)
    if (!event) return
    controls.current?.reveal(event.startMs, event.endMs)
    if (store.getState().selectionCause === 'key') {
      marks.current.get(selectedId)?.focus({ preventScroll: true })
    }
  }, [selectedId, selectionSeq, controls, store])

  const register = useCallback((id: string, el: HTMLButtonElement | null) => {
    if (el) marks.current.set(id, el)
    else marks.current.delete(id)
  }, [])
  const onSelect = useCallback((id: EventId) => store.getState().selectEvent(id, 'click'), [store])

  const onKeyDown = useTimelineKeys(store, events, controls)

  const tabbableId =
    selectedId && events.some((e) => e.id === selectedId) ? selectedId : events[0]?.id
  return (
    // Keys bubble up from the marks and the toolbar: one keyboard model for the whole timeline.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <section aria-label="Timeline" className="timeline" onKeyDown={onKeyDown}>
      <TimelineToolbar controls={controls} />
      <div
        ref={surfaceRef}
        className="timeline-surface"
        data-timeline-surface=""
        style={{ height, ['--label-max' as string]: `${labelMax}px` }}
      >
        <svg className="timeline-axis" width={width} height={height} aria-hidden="true">
          <g ref={gridRef} className="grid" transform={`translate(0, ${AXIS_HEIGHT_PX - 4})`} />
          <g ref={labelsRef} className="labels" transform={`translate(0, ${AXIS_HEIGHT_PX - 8})`} />
        </svg>
        <div role="tablist" aria-label="Events" aria-orientation="horizontal" tabIndex={-1}>
          {events.map((e: TimelineEvent) => (
            <EventMark
              key={e.id}
              event={e}
              selected={e.id === selectedId}
              tabbable={e.id === tabbableId}
              accessibleName={`${e.title}, ${describeEventTime(e, zone)}`}
              register={register}
              onSelect={onSelect}
              onHover={onHover}
            />
          ))}
        </div>
        <MarkTooltip anchor={tooltip} zone={zone} />
      </div>
    </section>
  )
}
