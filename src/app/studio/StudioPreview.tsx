import { useEffect, useMemo, useRef, useState } from 'react'
import { initialView } from '../../domain/navigation'
import { parseTimeline } from '../../domain/parseTimeline'
import type { TimelineDocument } from '../../domain/types'
import { TimelineProvider } from '../../store/TimelineContext'
import { createTimelineStore, type TimelineStore } from '../../store/createTimelineStore'
import { toRaw } from '../../studio/content'
import type { StudioStore } from '../../studio/createStudioStore'
import type { DraftContent } from '../../studio/model'
import { placeProblems, type ProblemMap } from '../../studio/problems'
import { useStudio } from '../../studio/StudioContext'
import { PANEL_NAMES } from '../../embed/viewOptions'
import { Panels } from '../Panels'
import { usePausedValue } from './usePausedValue'

const ALL_PANELS = new Set(PANEL_NAMES)

/** Longer pauses for larger drafts: checking 10,000 events is not a keystroke's work. */
const pauseFor = (content: DraftContent) => 250 + Math.min(1000, content.events.length / 10)

/** The draft checked as a whole (the same check as loading it), and its problems by record. */
function check(content: DraftContent) {
  const { raw, places } = toRaw(content)
  const parsed = parseTimeline(raw)
  return { document: parsed.document, problems: placeProblems(parsed.problems, places) }
}

const spanOf = (doc: TimelineDocument) =>
  doc.events.length === 0 ? '' : `${doc.events[0]!.startMs}:${doc.events.at(-1)!.endMs}`

/**
 * The live preview: the reader's own timeline and reading panel, fed the draft after each
 * pause. One timeline store lives across updates, so the reader's zoom and selection stay put
 * while the producer types; a click on an event opens it in the form.
 */
export function StudioPreview({
  store,
  onProblems,
}: {
  store: StudioStore
  onProblems: (problems: ProblemMap) => void
}) {
  const content = useStudio((s) => s.content)
  const paused = usePausedValue(content, pauseFor(content))
  const result = useMemo(() => check(paused), [paused])
  useEffect(() => onProblems(result.problems), [result, onProblems])
  const timeline = usePreviewStore(result.document)

  // A click (or key) on an event in the preview opens that event in the form.
  useEffect(() => {
    if (!timeline) return
    return timeline.subscribe((s, prev) => {
      if (s.selectionSeq === prev.selectionSeq || !s.selectedEventId) return
      if (s.selectionCause === 'host') return
      const row = store.getState().content.events.find((e) => e.data.id === s.selectedEventId)
      if (row) store.getState().setFocus({ target: 'events', uid: row.uid })
    })
  }, [timeline, store])

  // The form's event is the preview's selection (brought into view, no focus taken).
  const focus = useStudio((s) => s.focus)
  const focusedId = useStudio((s) =>
    s.focus.target === 'events'
      ? s.content.events.find((e) => e.uid === (s.focus as { uid: string }).uid)?.data.id
      : undefined,
  )
  useEffect(() => {
    if (!timeline || typeof focusedId !== 'string') return
    if (timeline.getState().selectedEventId !== focusedId) {
      timeline.getState().selectEvent(focusedId, 'host')
    }
  }, [timeline, focusedId, focus, result])

  if (!timeline || !result.document) {
    return (
      <p className="rounded-md border border-dashed border-line p-6 text-sm text-muted">
        The preview shows here once the draft has an event with a title, a kind and a start.
      </p>
    )
  }
  return (
    <TimelineProvider document={result.document} store={timeline}>
      <div className="flex flex-col gap-3">
        <Panels panels={ALL_PANELS} />
      </div>
    </TimelineProvider>
  )
}

/** One timeline store for the preview, given each new document in place. */
function usePreviewStore(doc: TimelineDocument | null): TimelineStore | null {
  const [store, setStore] = useState<TimelineStore | null>(null)
  const [firstSpan, setFirstSpan] = useState('')
  // The first document makes the store (state derived while rendering, not in an effect).
  if (doc && !store) {
    setStore(createTimelineStore(doc, { origin: 'local' }))
    setFirstSpan(spanOf(doc))
  }
  const span = useRef<string | null>(null)
  useEffect(() => {
    if (!doc || !store) return
    span.current ??= firstSpan
    if (store.getState().document === doc) return
    const state = store.getState()
    const keep = state.selectedEventId && doc.events.some((e) => e.id === state.selectedEventId)
    const next: Partial<typeof state> = { document: doc }
    if (!keep) Object.assign(next, { selectedEventId: null, selectedQuoteId: null })
    // New first or last times: show the whole draft again; a retyped title keeps the zoom.
    if (spanOf(doc) !== span.current) {
      const [startMs, endMs] = initialView(doc)
      next.viewport = { startMs, endMs }
      span.current = spanOf(doc)
    }
    store.setState(next)
  }, [doc, store, firstSpan])
  return store
}
