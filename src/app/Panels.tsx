import type { PanelName } from '../embed/viewOptions'
import { EventDetail } from '../quotes/EventDetail'
import { QuotePanel } from '../quotes/QuotePanel'
import { useTimeline } from '../store/TimelineContext'
import { Timeline } from '../timeline/Timeline'
import { EventTabPanel } from './EventTabPanel'
import { Legend } from './Legend'
import { ListView } from './ListView'
import { ViewSwitch } from './ViewSwitch'

/** The timeline and the panels the page asked for, in the same order in every layout. */
export function Panels({ panels }: { panels: ReadonlySet<PanelName> }) {
  const detail = panels.has('detail')
  const quotes = panels.has('quotes')
  const view = useTimeline((s) => s.view)
  // The legend comes before the marks, so Tab goes from the selected mark straight into its panel.
  const bar = (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <ViewSwitch />
      {panels.has('legend') && view === 'timeline' ? <Legend /> : null}
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
  return (
    <>
      {bar}
      <Timeline />
      {detail || quotes ? (
        <EventTabPanel
          className={`grid gap-6 ${detail && quotes ? 'md:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]' : ''}`}
        >
          {detail ? <EventDetail /> : null}
          {quotes ? <QuotePanel /> : null}
        </EventTabPanel>
      ) : null}
    </>
  )
}
