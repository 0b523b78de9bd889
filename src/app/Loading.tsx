import { useEffect, useState } from 'react'
import type { LoadProgress } from '../data-io/loadFromUrl'
import type { ReadOutcome } from '../domain/types'
import { formatBytes } from '../lib/bytes'
import { Button } from '../ui/Button'
import { readLazily } from '../documents/readLazily'
import { LOADING_TITLE } from '../documents/tabTitles'
import { useDocumentTitle } from '../documents/useDocumentTitle'

/** What has arrived: "2.7 MB of 60 MB received", or without a total when none is known. */
function received(p: LoadProgress & { step: 'download' }): string {
  const total = p.totalBytes === null ? '' : ` of ${formatBytes(p.totalBytes)}`
  return `${formatBytes(p.receivedBytes)}${total} received`
}

/**
 * Loads the `?src=` document (its code on demand, like this screen's) and shows the way there:
 * the step, the bytes so far in a progress bar, and Cancel. The outcome goes to `onOutcome`.
 */
export function Loading({
  src,
  onOutcome,
}: {
  src: string
  onOutcome: (outcome: ReadOutcome) => void
}) {
  const [progress, setProgress] = useState<LoadProgress | null>(null)
  const [stop] = useState(() => new AbortController())
  useDocumentTitle(LOADING_TITLE)

  useEffect(() => {
    let live = true
    // A fresh controller per run: the cleanup stops this run's download.
    const run = new AbortController()
    const cancel = () => run.abort()
    stop.signal.addEventListener('abort', cancel)
    void readLazily(async () => {
      const { loadFromUrl } = await import('../data-io/loadFromUrl')
      return loadFromUrl(src, window.location.href, fetch, {
        signal: run.signal,
        onProgress: (p) => {
          if (live) setProgress(p)
        },
      })
    }).then((outcome) => {
      if (live) onOutcome(outcome)
    })
    return () => {
      live = false
      stop.signal.removeEventListener('abort', cancel)
      run.abort()
    }
  }, [src, onOutcome, stop])

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
            <Button onClick={() => stop.abort()}>Cancel</Button>
          </div>
        </>
      )}
    </main>
  )
}
