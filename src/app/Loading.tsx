import type { LoadProgress } from '../data-io/loadFromUrl'
import { formatBytes } from '../lib/bytes'
import { Button } from '../ui/Button'
import { LOADING_TITLE } from '../documents/tabTitles'
import { useDocumentTitle } from '../documents/useDocumentTitle'

/** What has arrived: "2.7 MB of 60 MB received", or without a total when none is known. */
function received(p: LoadProgress & { step: 'download' }): string {
  const total = p.totalBytes === null ? '' : ` of ${formatBytes(p.totalBytes)}`
  return `${formatBytes(p.receivedBytes)}${total} received`
}

/**
 * The way to a `?src=` document, which the app is already loading (this screen's code loads on
 * demand, so the download never waits for it): the step, the bytes so far in a progress bar,
 * and Cancel.
 */
export function Loading({
  progress,
  onCancel,
}: {
  progress: LoadProgress | null
  onCancel: () => void
}) {
  useDocumentTitle(LOADING_TITLE)

  const reading = progress?.step === 'read'
  const download = progress?.step === 'download' ? progress : null
  const detail = download ? received(download) : ''
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-3 p-6">
      {/* The live region changes with the step only; the bytes are read from the bar. */}
      <p role="status" className="text-base text-muted">
        {reading
          ? `Reading ${progress.eventCount.toLocaleString('en-US')} events…`
          : 'Loading the timeline…'}
      </p>
      {reading ? null : (
        <>
          <progress
            className="h-2 w-full"
            style={{ accentColor: 'var(--accent)' }}
            aria-label="Downloading the timeline"
            aria-valuetext={detail || undefined}
            {...(download?.totalBytes
              ? { value: download.receivedBytes, max: download.totalBytes }
              : {})}
          />
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-sm text-muted">{detail}</span>
            <Button onClick={onCancel}>Cancel</Button>
          </div>
        </>
      )}
    </main>
  )
}
