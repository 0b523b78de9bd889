import { useEffect } from 'react'
import { formatDay, zoneAbbreviation } from '../domain/formatTime'
import type { Problem, TimelineDocument } from '../domain/types'
import { useHashSync } from '../embed/useHashSync'
import { EventDetail } from '../quotes/EventDetail'
import { QuotePanel } from '../quotes/QuotePanel'
import { TimelineProvider, useTimelineStore } from '../store/TimelineContext'
import { Timeline } from '../timeline/Timeline'
import { Announcer } from './Announcer'
import { Controls } from './Controls'
import { Legend } from './Legend'
import { ProblemsNotice } from './ProblemsNotice'
import type { ThemeChoice } from './useTheme'

interface Props {
  document: TimelineDocument
  problems: Problem[]
  theme: ThemeChoice
  setTheme: (t: ThemeChoice) => void
}

/** One timeline instance: its own store, URL sync, and the panels laid out. */
export function Viewer(props: Props) {
  return (
    <TimelineProvider document={props.document}>
      <Layout {...props} />
    </TimelineProvider>
  )
}

function Layout({ document: doc, problems, theme, setTheme }: Props) {
  const store = useTimelineStore()
  useHashSync(store)
  useEffect(() => {
    const root = window.document.documentElement
    root.dataset.timelineReady = 'true'
    delete root.dataset.timelineError
    return () => {
      delete root.dataset.timelineReady
    }
  }, [])
  const firstMs = doc.events[0]?.start.ms ?? 0
  return (
    <div className="mx-auto flex max-w-[1240px] flex-col gap-4 px-4 py-5 sm:px-6">
      <header className="flex flex-col gap-2">
        <p className="text-xs font-bold uppercase tracking-[0.14em] text-accent">Quoteline</p>
        <h1 className="font-serif text-3xl leading-tight font-bold text-ink sm:text-4xl">
          {doc.title}
        </h1>
        {doc.description ? (
          <p className="max-w-3xl text-base leading-7 text-muted">{doc.description}</p>
        ) : null}
        <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
          <p className="text-sm text-muted">
            {formatDay(firstMs, doc.timezone)} · times in {zoneAbbreviation(firstMs, doc.timezone)}{' '}
            unless you choose otherwise
          </p>
          <Controls theme={theme} setTheme={setTheme} />
        </div>
      </header>
      <ProblemsNotice problems={problems} />
      <Timeline />
      <Legend />
      <div className="grid gap-6 md:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <EventDetail />
        <QuotePanel />
      </div>
      <footer className="border-t border-line pt-3 text-xs leading-5 text-muted">
        Quotes are verbatim from the sources named on each card; words spoken in Russian are an
        interpreter’s English and are marked “As interpreted”. Descriptions are our own. Times
        marked “about” are approximate; soft bands mark windows and times derived from other facts.
      </footer>
      <Announcer />
    </div>
  )
}
