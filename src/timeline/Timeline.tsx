import { scaleLinear } from './linearScale'
import { Suspense, useCallback, useEffect, useMemo, useRef } from 'react'
import type { Cluster } from '../domain/detailLayout'
import { resolveZone } from '../domain/formatTime'
import { documentExtent } from '../domain/navigation'
import type { EventId, TimelineEvent } from '../domain/types'
import { selectEventIndex, selectFilteredEvents, selectSelectedEvent } from '../store/selectors'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { ClusterMark } from './ClusterMark'
import { clusterLabel } from './clusterLabel'
import { onDemand } from '../ui/PartBoundary'

// Only documents with eras need the bands; only a pointer's hover needs the tooltip. A failed
// download is the timeline's PartBoundary's to tell (a message cannot show inside the SVG).
const EraBands = onDemand(() => import('./EraBands'))
const MarkTooltip = onDemand(() => import('./MarkTooltip'))
import { EventMark } from './EventMark'
import {
  AXIS_HEIGHT_PX,
  detailLevel,
  labelMaxPx,
  EDGE_GUTTER_PX,
  roomyLabelPx,
  LANE_HEIGHT_PX,
  MIN_SPAN_MS,
  MOUNT_ALL_BELOW,
} from './geometry'
import { clustersIn, mountedMarks } from './mounted'
import { Overview } from './Overview'
import { TimelineToolbar } from './TimelineToolbar'
import { useDetailLayout } from './useDetailLayout'
import { useElementWidth } from './useElementWidth'
import { useTimelineFrame } from './useTimelineFrame'
import { useTimelineKeys } from './useTimelineKeys'
import { zoomHintText } from './wheel'
import { useZoomBehavior } from './useZoomBehavior'

const NO_EVENTS: readonly TimelineEvent[] = []
/** How long the zoom hint shows (its fade is in index.css, `.zoom-hint`). */
const HINT_MS = 2500

/** The interactive D3 timeline: axis, event marks in lanes, zoom and pan, keyboard. */
export function Timeline() {
  const store = useTimelineStore()
  const doc = useTimeline((s) => s.document)
  const events = useTimeline(selectFilteredEvents)
  const viewport = useTimeline((s) => s.viewport)
  const eras = useTimeline((s) => s.document.eras)
  const selectedId = useTimeline((s) => s.selectedEventId)
  const selectionSeq = useTimeline((s) => s.selectionSeq)
  const zone = useTimeline((s) => resolveZone(s.zone, s.document.timezone))
  const selected = useTimeline(selectSelectedEvent)

  const surfaceRef = useRef<HTMLDivElement>(null)
  const width = useElementWidth(surfaceRef)

  const labelMax = labelMaxPx(width)
  // The data spans the surface less a gutter at each end, so no marker is cut; the last events'
  // labels are drawn to the left of their marks (useDetailLayout). The overview uses the same
  // scale: at "Fit all" its brush covers the strip from end to end.
  const dataEnd = Math.max(EDGE_GUTTER_PX + 1, width - EDGE_GUTTER_PX)
  const base = useMemo(
    () => scaleLinear(documentExtent(doc), [EDGE_GUTTER_PX, dataEnd]),
    [doc, dataEnd],
  )
  const level = detailLevel(
    (dataEnd - EDGE_GUTTER_PX) / Math.max(1, viewport.endMs - viewport.startMs),
  )
  // The levels a reader can reach: the whole document across the view, down to MIN_SPAN_MS.
  const [e0 = 0, e1 = 0] = base.domain()
  const dataPx = dataEnd - EDGE_GUTTER_PX
  const fitLevel = detailLevel(dataPx / Math.max(1, e1 - e0))
  const closestLevel = Math.max(fitLevel, detailLevel(dataPx / MIN_SPAN_MS))
  const levels = useMemo(() => [fitLevel, closestLevel] as const, [fitLevel, closestLevel])
  // Until the surface is measured (the first pass, which is never painted) nothing is laid out:
  // lanes at a made-up width would be thrown away at once, at a cost that grows with the events.
  const laidOut = width > 0 ? events : NO_EVENTS
  const caps = { compactPx: labelMax, roomyPx: roomyLabelPx(width) }
  const { index, layout, rows } = useDetailLayout(laidOut, level, [e0, e1, dataPx], caps, levels)

  // Only what is in the view and one view's width either side is mounted (small documents: all).
  const mountAll = events.length < MOUNT_ALL_BELOW
  const spanMs = viewport.endMs - viewport.startMs
  const w0 = mountAll ? -Infinity : viewport.startMs - spanMs
  const w1 = mountAll ? Infinity : viewport.endMs + spanMs
  const placed = useMemo(
    () =>
      mountedMarks(laidOut, index, layout, w0, w1, [
        selected,
        mountAll ? (laidOut[0] ?? null) : null,
      ]),
    [laidOut, index, layout, w0, w1, selected, mountAll],
  )
  const clusters = useMemo(() => clustersIn(layout.clusters, w0, w1), [layout, w0, w1])
  // The same at every zoom: the rows that the most crowded level needs (useDetailLayout).
  const height = AXIS_HEIGHT_PX + rows * LANE_HEIGHT_PX + 8

  const committed = useMemo(
    () => scaleLinear([viewport.startMs, viewport.endMs], [EDGE_GUTTER_PX, dataEnd]),
    [viewport, dataEnd],
  )
  const laneCount = layout.laneCount
  const { draw, targets } = useTimelineFrame({
    placed,
    clusters,
    laneCount,
    zone,
    width,
    height,
    labelMax,
    committed,
    base,
    w0,
    w1,
    level,
    mountAll,
  })
  const { marks, registerMark, registerCluster } = targets
  const { axisLabels: labelsRef, grid: gridRef, eras: erasRef, brush: brushRef } = targets
  // Nothing to change (e.g. a gesture starting with no tooltip shown): no store update at all.
  const onHover = useCallback(
    (id: EventId | null) => {
      if (id !== store.getState().hoveredEventId) store.getState().hover(id)
    },
    [store],
  )

  // The first plain wheel over the timeline scrolls the page and says how to zoom instead.
  const hintRef = useRef<HTMLDivElement>(null)
  const hinted = useRef(false)
  const onPageWheel = useCallback(() => {
    const hint = hintRef.current
    if (hinted.current || !hint) return
    hinted.current = true
    hint.hidden = false
    setTimeout(() => (hint.hidden = true), HINT_MS)
  }, [])

  const controls = useZoomBehavior({
    surfaceRef,
    base,
    width,
    viewport,
    onFrame: draw,
    onCommit: (v) => store.getState().setViewport(v),
    onGestureStart: () => onHover(null),
    onPageWheel,
  })

  // Every selection brings its event into view; keys also move focus to it.
  useEffect(() => {
    if (!selectedId) return
    const event = selectEventIndex(store.getState()).get(selectedId)?.event
    if (!event) return
    controls.current?.reveal(event.startMs, event.endMs)
    if (store.getState().selectionCause === 'key') {
      marks.current.get(selectedId)?.focus({ preventScroll: true })
    }
  }, [selectedId, selectionSeq, controls, store, marks])

  const onSelect = useCallback((id: EventId) => store.getState().selectEvent(id, 'click'), [store])
  const onOpenCluster = useCallback(
    (c: Cluster) => controls.current?.zoomTo(c.startMs, Math.max(c.endMs, c.startMs + 60_000)),
    [controls],
  )

  const onKeyDown = useTimelineKeys(store, events, controls)

  const selectedShown = selected !== null && placed.some((p) => p.event.id === selected.id)
  // Tab lands on the selected mark, else on the first in view (a document's first view may
  // leave its earliest events out: the arrow keys reach them from there).
  const firstInView = placed.find((p) => p.event.startMs >= viewport.startMs) ?? placed[0]
  const tabbableId = selectedShown ? selected.id : firstInView?.event.id
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
          {eras ? (
            <Suspense fallback={null}>
              <EraBands eras={eras} height={height} scale={committed} bandsRef={erasRef} />
            </Suspense>
          ) : null}
          <g ref={gridRef} className="grid" transform={`translate(0, ${AXIS_HEIGHT_PX - 4})`} />
          <g ref={labelsRef} className="labels" transform={`translate(0, ${AXIS_HEIGHT_PX - 8})`} />
        </svg>
        <div role="tablist" aria-label="Events" aria-orientation="horizontal" tabIndex={-1}>
          {placed.map(({ event: e, lane, labelLeft }) => (
            <EventMark
              key={e.id}
              event={e}
              selected={e.id === selectedId}
              tabbable={e.id === tabbableId}
              pinned={lane < 0}
              labelLeft={labelLeft}
              zone={zone}
              register={registerMark}
              onSelect={onSelect}
              onHover={onHover}
            />
          ))}
        </div>
        {clusters.map((c) => (
          <ClusterMark
            key={c.firstIndex}
            cluster={c}
            label={clusterLabel(c, zone)}
            register={registerCluster}
            onOpen={onOpenCluster}
          />
        ))}
        <Suspense fallback={null}>
          <MarkTooltip marks={marks} surfaceRef={surfaceRef} />
        </Suspense>
        {/* Said for pointer users only: keys and buttons zoom too (docs/accessibility.md). */}
        <div ref={hintRef} className="zoom-hint" data-zoom-hint="" aria-hidden="true" hidden>
          {zoomHintText(navigator.platform)}
        </div>
      </div>
      <Overview
        events={events}
        scale={base}
        width={width}
        brushRef={brushRef}
        controls={controls}
      />
    </section>
  )
}
