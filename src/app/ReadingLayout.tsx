import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { EventTabPanel } from '../quotes/EventTabPanel'
import { onDemand, PartBoundary } from '../ui/PartBoundary'

// The sheet's bar is for narrow screens only: it loads with the first sheet, and with it what
// the open sheet does (Back closes it, the tapped mark kept above it).
const SheetBar = onDemand(() => import('../quotes/SheetBar'))

/** From this width the reading panel sits beside the timeline; below it, it is a sheet. */
const WIDE = '(min-width: 1024px)'
const isWide = () => typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches

/**
 * Whether a tap raises the sheet: on a narrow screen, unless this is an embed that its host
 * page sizes to fit (embed.js): there the frame never scrolls, a sheet would sit at its far
 * bottom, and the host page is asked to bring the panel into view instead.
 */
function sheetWanted(): boolean {
  if (isWide()) return false
  const root = window.document.documentElement
  if (root.dataset.embed !== 'true') return true
  const page = window.document.scrollingElement ?? root
  return page.scrollHeight > window.innerHeight + 1
}

/** Focus on an element that may have just rendered (after React's commit and a paint). */
const focusSoon = (find: () => HTMLElement | null | undefined) =>
  requestAnimationFrame(() => find()?.focus({ preventScroll: false }))

const markOf = (id: string | null) => (id ? window.document.getElementById(`mark-${id}`) : null)

/**
 * The timeline and its reading panel: beside it on wide screens (the panel follows the page
 * down), and on narrow ones below it, rising as a sheet over the bottom of the screen when the
 * reader taps an event, so its title, time and first quote show at once. Enter on a mark goes to
 * the event's first quote; Escape from the panel goes back to the mark.
 */
export function ReadingLayout({ timeline, panel }: { timeline: ReactNode; panel: ReactNode }) {
  const store = useTimelineStore()
  const [sheet, setSheet] = useState(false)
  const panelRef = useRef<HTMLDivElement>(null)
  const selectedId = useTimeline((s) => s.selectedEventId)

  // A reader's tap on a narrow screen raises the sheet; clearing the selection lowers it.
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.selectionSeq === prev.selectionSeq) return
        if (!s.selectedEventId) setSheet(false)
        else if (s.selectionCause === 'click' && sheetWanted()) setSheet(true)
      }),
    [store],
  )

  const close = useCallback(() => {
    setSheet(false)
    markOf(store.getState().selectedEventId)?.focus({ preventScroll: true })
  }, [store])

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const target = e.target as HTMLElement
    if (target.closest('dialog')) return
    if (e.key === 'Enter' && target.getAttribute('role') === 'tab' && target.dataset.eventId) {
      // Enter on a mark: select it and read its words.
      e.preventDefault()
      store.getState().selectEvent(target.dataset.eventId, 'key')
      if (sheetWanted()) setSheet(true)
      focusSoon(
        () =>
          panelRef.current?.querySelector<HTMLElement>('[data-quote-id]') ??
          panelRef.current?.querySelector<HTMLElement>('[data-reading-title]'),
      )
    } else if (e.key === 'Escape' && panelRef.current?.contains(target)) {
      e.preventDefault()
      if (sheet) close()
      else markOf(store.getState().selectedEventId)?.focus()
    }
  }

  return (
    // Keys bubble up from the marks and the panel: the reading keys sit on both.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div className={`reading-layout ${sheet ? 'sheet-open' : ''}`} onKeyDown={onKeyDown}>
      <div className="reading-timeline">{timeline}</div>
      <EventTabPanel ref={panelRef} className={`reading-panel ${sheet ? 'is-sheet' : ''}`}>
        {sheet && selectedId ? (
          <PartBoundary what="The sheet’s close button">
            <SheetBar onClose={close} panel={panelRef} />
          </PartBoundary>
        ) : null}
        {panel}
      </EventTabPanel>
    </div>
  )
}
