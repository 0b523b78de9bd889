import { lazy, useCallback, useEffect, useState } from 'react'
import { formatDay, zoneAbbreviation } from '../domain/formatTime'
import type { Problem, TimelineDocument } from '../domain/types'
import type { EmbedBridge } from '../embed/bridge'
import { OpenFullLink } from '../embed/OpenFullLink'
import { useHashSync } from '../embed/useHashSync'
import type { ViewOptions } from '../embed/viewOptions'
import { TimelineProvider, useTimelineStore } from '../store/TimelineContext'
import type { TimelineStore } from '../store/createTimelineStore'
import { Button } from '../ui/Button'
import { Announcer } from './Announcer'
import { Controls } from './Controls'
import { DataMenu, openFile, openText, type OpenDocument } from './DataMenu'
import { DropTarget } from './DropTarget'
import { Extra } from './Extra'
import { ExportMenu } from './ExportMenu'
import { LoadNotice } from './LoadNotice'
import { Notices } from './Notices'
import { usePasteAnywhere } from './usePasteAnywhere'
import type { DocumentsApi } from './useDocuments'
import { Panels } from './Panels'
import { TrustNote } from './TrustNote'
import type { ThemeChoice } from './useTheme'
import { documentTitle, useDocumentTitle } from './useDocumentTitle'

// The dialog is an extra: it loads when a reader first asks for it.
const EmbedDialog = lazy(() => import('../embed/EmbedDialog'))

interface Props {
  document: TimelineDocument
  problems: Problem[]
  /** The document's own store, kept by the page so that undo restores selection and zoom. */
  store?: TimelineStore
  /** Opening other documents (full view only); absent in tests of one document. */
  documents?: DocumentsApi
  options: ViewOptions
  bridge: EmbedBridge | null
  theme: ThemeChoice
  setTheme: (t: ThemeChoice) => void
}

/** One timeline instance: its own store, URL sync, and the panels laid out. */
export function Viewer(props: Props) {
  return (
    <TimelineProvider document={props.document} zone={props.options.zone} store={props.store}>
      <Layout {...props} />
    </TimelineProvider>
  )
}

function Layout(props: Props) {
  const store = useTimelineStore()
  const { bridge, document: doc } = props
  useHashSync(store)
  useEffect(() => {
    const root = window.document.documentElement
    root.dataset.timelineReady = 'true'
    delete root.dataset.timelineError
    return () => {
      delete root.dataset.timelineReady
    }
  }, [])
  useDocumentTitle(documentTitle(doc.title))
  useEffect(() => bridge?.attach(store, doc.title), [bridge, store, doc.title])
  return props.options.embed ? <EmbedLayout {...props} /> : <FullLayout {...props} />
}

/** The embed: no page chrome, the frame's full width from 280 px, a link to the full view. */
function EmbedLayout({ document: doc, problems, options, theme, setTheme }: Props) {
  return (
    <div className="flex flex-col gap-3 px-3 py-3">
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="font-serif text-xl leading-tight font-bold text-ink">{doc.title}</h1>
        <OpenFullLink />
      </header>
      {options.panels.has('controls') ? <Controls theme={theme} setTheme={setTheme} /> : null}
      <Notices warnings={options.warnings} problems={problems} />
      <Panels panels={options.panels} />
      <TrustNote short />
      <Announcer />
    </div>
  )
}

function FullLayout({ document: doc, problems, options, documents, theme, setTheme }: Props) {
  const [embedOpen, setEmbedOpen] = useState(false)
  const onOpen = documents?.open
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
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            {options.panels.has('controls') ? <Controls theme={theme} setTheme={setTheme} /> : null}
            {onOpen ? <DataMenu onOpen={onOpen} /> : null}
            <ExportMenu />
            <Button onClick={() => setEmbedOpen(true)} aria-haspopup="dialog">
              Embed
            </Button>
          </div>
        </div>
      </header>
      {documents ? (
        <LoadNotice
          notice={documents.docs.status === 'shown' ? documents.docs.notice : null}
          onUndo={documents.undo}
          onDismiss={documents.dismiss}
        />
      ) : null}
      {onOpen ? <DocumentIntake onOpen={onOpen} /> : null}
      <Notices warnings={options.warnings} problems={problems} />
      <Panels panels={options.panels} />
      <TrustNote />
      {embedOpen ? (
        <Extra what="The embed dialog">
          <EmbedDialog theme={theme} onClose={() => setEmbedOpen(false)} />
        </Extra>
      ) : null}
      <Announcer />
    </div>
  )
}

/** Drop a file anywhere, or paste a document onto the page, to open it. */
function DocumentIntake({ onOpen }: { onOpen: OpenDocument }) {
  const onFile = useCallback((file: File) => void openFile(file, onOpen), [onOpen])
  const onText = useCallback((text: string) => void openText(text, onOpen), [onOpen])
  usePasteAnywhere(onText)
  return <DropTarget onFile={onFile} />
}
