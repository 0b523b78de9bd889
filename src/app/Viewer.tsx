import { useEffect, useState, type ReactElement } from 'react'
import { formatSpan } from '../domain/formatSpan'
import type { Problem, TimelineDocument } from '../domain/types'
import type { EmbedBridge } from '../embed/bridge'
import { OpenFullLink } from '../embed/OpenFullLink'
import { useHashSync } from '../embed/useHashSync'
import type { ViewOptions } from '../embed/viewOptions'
import { TimelineProvider, useTimelineStore } from '../store/TimelineContext'
import type { TimelineStore } from '../store/createTimelineStore'
import { Announcer } from '../timeline/Announcer'
import { DisplayMenu } from '../timeline/DisplayMenu'
import { onDemand, PartBoundary } from '../ui/PartBoundary'
import { LoadNotice } from '../documents/LoadNotice'
import { Notices } from '../ui/Notices'
import type { DocumentsApi } from '../documents/useDocuments'
import { Panels } from './Panels'
import { ProducerMenu } from './ProducerMenu'
import { SkipLink } from '../timeline/SkipLink'
import { TrustNote } from '../quotes/TrustNote'
import { ZoneNote } from '../timeline/ZoneNote'
import type { ThemeChoice } from '../ui/theme'
import { documentTitle, useDocumentTitle } from '../documents/useDocumentTitle'

// The dialog is an extra: it loads when a reader first asks for it.
const EmbedDialog = onDemand(() => import('./EmbedDialogWithFile'))
// What catches a file dropped or a document pasted onto the page loads once the timeline is
// drawn: nothing is caught before then anyway, and a reader needs a moment more to drag a file.
const DocumentIntake = onDemand(() =>
  import('../documents/DocumentIntake').then((m) => ({ default: m.DocumentIntake })),
)
// What opens what it catches (data-io's readers) loads at the first drop or paste.
const loadOpener = () => import('./opener')

/**
 * Whether this build can be an embed. The app page's production build never is: index.html sends
 * ?embed=1 on to embed.html before any of its code loads. So the embed layout and the host-page
 * bridge are compiled into the embed page (and into development and tests) only.
 */
const EMBEDS = import.meta.env.MODE !== 'production'

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
  const linkNotice = useHashSync(store, { embed: props.options.embed, bridge })
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
  return EMBEDS && props.options.embed ? (
    <EmbedLayout {...props} linkNotice={linkNotice} />
  ) : (
    <FullLayout {...props} linkNotice={linkNotice} />
  )
}

/** A layout, with the notice about a deep link that named nothing here. */
type Shown = Props & { linkNotice: ReactElement | null }

/** The embed: no page chrome, the frame's full width from 280 px, a link to the full view. */
function EmbedLayout({ document: doc, problems, options, theme, setTheme, linkNotice }: Shown) {
  return (
    <div className="flex flex-col gap-3 px-3 py-3">
      <SkipLink />
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h1 className="font-serif text-xl leading-tight font-bold text-ink">{doc.title}</h1>
        <OpenFullLink />
      </header>
      <Notices warnings={options.warnings} problems={problems} />
      {linkNotice}
      <Panels
        panels={options.panels}
        tools={
          options.panels.has('controls') ? <DisplayMenu theme={theme} setTheme={setTheme} /> : null
        }
      />
      <TrustNote short />
      <Announcer />
    </div>
  )
}

function FullLayout({
  document: doc,
  problems,
  options,
  documents,
  theme,
  setTheme,
  linkNotice,
}: Shown) {
  const [embedOpen, setEmbedOpen] = useState(false)
  const onOpen = documents?.open
  const firstMs = doc.events[0]?.start.ms ?? 0
  return (
    <div className="mx-auto flex max-w-[1240px] flex-col gap-3 px-4 py-3 sm:px-6 2xl:max-w-[1480px]">
      <SkipLink />
      <header className="flex flex-col gap-1">
        <h1 className="font-serif text-2xl leading-tight font-bold text-ink sm:text-3xl">
          {doc.title}
        </h1>
        {doc.description ? (
          <p className="line-clamp-2 text-sm leading-6 text-muted lg:line-clamp-none">
            {doc.description}
          </p>
        ) : null}
        <p className="text-xs text-muted">
          {formatSpan(doc)} · <ZoneNote atMs={firstMs} />
        </p>
      </header>
      {documents ? (
        <LoadNotice
          notice={documents.docs.status === 'shown' ? documents.docs.notice : null}
          onUndo={documents.undo}
          onDismiss={documents.dismiss}
        />
      ) : null}
      {onOpen ? (
        <PartBoundary what="The code that opens dropped and pasted files">
          <DocumentIntake onOpen={onOpen} load={loadOpener} />
        </PartBoundary>
      ) : null}
      <Notices warnings={options.warnings} problems={problems} />
      {linkNotice}
      <Panels
        panels={options.panels}
        tools={
          <>
            {options.panels.has('controls') ? (
              <DisplayMenu theme={theme} setTheme={setTheme} />
            ) : null}
            <span className="ml-auto" />
            <ProducerMenu onOpen={onOpen} onEmbed={() => setEmbedOpen(true)} />
          </>
        }
      />
      <TrustNote />
      {embedOpen ? (
        <PartBoundary what="The embed dialog">
          <EmbedDialog theme={theme} onClose={() => setEmbedOpen(false)} />
        </PartBoundary>
      ) : null}
      <Announcer />
    </div>
  )
}
