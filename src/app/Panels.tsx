import type { ReactNode } from 'react'
import type { PanelName } from '../embed/viewOptions'
import { EventDetail } from '../quotes/EventDetail'
import { QuotePanel } from '../quotes/QuotePanel'
import { useTimeline } from '../store/TimelineContext'
import { Timeline } from '../timeline/Timeline'
import { PartBoundary } from '../ui/PartBoundary'
import { Legend } from '../timeline/Legend'
import { ListView } from '../quotes/ListView'
import { ReadingLayout } from './ReadingLayout'
import { ViewSwitch } from '../quotes/ViewSwitch'

/**
 * The readers' bar (view, key, and the page's own menus), then the timeline with its reading
 * panel, or the list. The same order in every layout, so Tab follows what the eye sees.
 */
export function Panels({ panels, tools }: { panels: ReadonlySet<PanelName>; tools?: ReactNode }) {
  const detail = panels.has('detail')
  const quotes = panels.has('quotes')
  const view = useTimeline((s) => s.view)
  const bar = (
    <div className="flex flex-wrap items-center gap-2">
      <ViewSwitch />
      {panels.has('legend') && view === 'timeline' ? <Legend /> : null}
      {tools}
    </div>
  )
  if (view === 'list') {
    return (
      <>
        {bar}
        <ListView />
      </>
    )
  }
  // Each part in its own boundary: a fault in one leaves the others working.
  const reading =
    detail || quotes ? (
      <PartBoundary what="The reading panel">
        {detail ? <EventDetail /> : null}
        {quotes ? <QuotePanel /> : null}
      </PartBoundary>
    ) : null
  const timeline = (
    <PartBoundary what="The timeline">
      <Timeline />
    </PartBoundary>
  )
  return (
    <>
      {bar}
      {reading ? <ReadingLayout timeline={timeline} panel={reading} /> : timeline}
    </>
  )
}
