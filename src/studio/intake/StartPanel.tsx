import { useCallback, useId, useRef, useState, type ReactNode } from 'react'
import { Button } from '../../ui/Button'
import type { StudioServices } from '../services'
import { startEmpty, startExample, startFromFile, type DraftStart } from './openInput'
import { TemplateButton } from './TemplateButton'
import { useFileDrop } from './useFileDrop'

/** What the file input offers (any file can still be chosen or dropped: its text decides). */
const ACCEPT =
  '.json,.csv,.tsv,.txt,.html,.htm,application/json,text/csv,text/tab-separated-values,text/html'

type Busy =
  { state: 'idle' } | { state: 'busy'; what: string } | { state: 'failed'; message: string }

function Choice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <li className="flex flex-col gap-2 rounded-lg border border-line bg-surface p-4">
      <h3 className="text-base font-bold text-ink">{title}</h3>
      {children}
    </li>
  )
}

/**
 * Where a draft starts: empty, the summit as an example, a file (JSON, CSV, TimelineJS file or
 * sheet, or a standalone embed page published earlier: it carries its document), opened or
 * dropped anywhere on the page, or a spreadsheet made from the template. `onStart` gets the
 * draft's content to make into a new draft; a file that cannot be read says why, here.
 */
export function StartPanel({
  services,
  onStart,
}: {
  services: Pick<StudioServices, 'readInput' | 'summitRaw' | 'templateCsv'>
  onStart: (start: DraftStart) => void
}) {
  const ids = useId()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState<Busy>({ state: 'idle' })

  const run = useCallback(
    async (what: string, start: () => Promise<DraftStart | { message: string }>) => {
      setBusy({ state: 'busy', what })
      try {
        const result = await start()
        if ('content' in result) {
          setBusy({ state: 'idle' })
          onStart(result)
        } else setBusy({ state: 'failed', message: result.message })
      } catch {
        setBusy({ state: 'failed', message: `${what} failed. Reload the page and try again.` })
      }
    },
    [onStart],
  )
  const openFile = useCallback(
    (file: File) => void run(`Opening “${file.name}”`, () => startFromFile(file, services)),
    [run, services],
  )
  const dragging = useFileDrop(openFile)

  return (
    <section
      aria-labelledby={`${ids}-title`}
      className={`flex flex-col gap-4 rounded-xl p-1 ${dragging ? 'outline-2 outline-dashed outline-offset-4 outline-accent' : ''}`}
    >
      <div>
        <h2 id={`${ids}-title`} className="font-serif text-2xl font-bold text-ink">
          Start a timeline
        </h2>
        <p className="mt-1 text-sm leading-6 text-muted">
          Everything stays in this browser until you publish it. No account, nothing to install.
        </p>
      </div>
      <ul className="grid gap-3 sm:grid-cols-2">
        <Choice title="Start empty">
          <p className="text-sm leading-6 text-muted">A blank timeline: add events and quotes.</p>
          <Button className="self-start" onClick={() => onStart(startEmpty())}>
            New empty timeline
          </Button>
        </Choice>
        <Choice title="Try an example">
          <p className="text-sm leading-6 text-muted">
            The Trump–Putin summit in Alaska, to see how a finished timeline is made.
          </p>
          <Button
            className="self-start"
            onClick={() => void run('Opening the example', () => startExample(services))}
          >
            Open the summit as an example
          </Button>
        </Choice>
        <Choice title="Open a file">
          <p id={`${ids}-file-note`} className="text-sm leading-6 text-muted">
            A Quoteline JSON or CSV file, a TimelineJS file or sheet (CSV), or a standalone embed
            page (.html) published earlier. You can also drop the file anywhere on this page.
          </p>
          <Button
            className="self-start"
            aria-describedby={`${ids}-file-note`}
            onClick={() => input.current?.click()}
          >
            Open a file…
          </Button>
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            className="sr-only"
            tabIndex={-1}
            aria-label="Open a file"
            onChange={(e) => {
              const file = e.target.files?.[0]
              e.target.value = ''
              if (file) openFile(file)
            }}
          />
        </Choice>
        <Choice title="Start in a spreadsheet">
          <p className="text-sm leading-6 text-muted">
            Fill in the template in Google Sheets, Excel or LibreOffice, then copy the rows with
            their header and paste them here, outside any text field.
          </p>
          <div className="flex flex-col items-start gap-1">
            <TemplateButton services={services} />
          </div>
        </Choice>
      </ul>
      <div role="status" className="text-sm text-muted">
        {busy.state === 'busy' ? `${busy.what}…` : dragging ? 'Drop the file to open it.' : ''}
      </div>
      {busy.state === 'failed' ? (
        <div role="alert" className="rounded-lg border-2 border-[#b91c1c] bg-surface p-3 text-ink">
          <p className="text-sm leading-6">{busy.message}</p>
          <Button className="mt-2" onClick={() => setBusy({ state: 'idle' })}>
            Dismiss
          </Button>
        </div>
      ) : null}
    </section>
  )
}
