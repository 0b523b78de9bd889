import { useId, useMemo, useRef, useState } from 'react'
import { useTimeline } from '../store/TimelineContext'
import { Button } from '../ui/Button'
import { closeDialog, useModalDialog } from '../ui/useModalDialog'
import { Segmented } from '../ui/Segmented'
import { CodeBox } from '../ui/CodeBox'
import { embedSnippet, embedUrl, SANDBOX, type SnippetOptions } from './embedSnippet'
import { PublishFirst, type DocumentFile } from './PublishFirst'
import { encodeHash } from './urlState'
import { THEME_CHOICES, type ThemeChoice } from '../ui/theme'

const MIN_HEIGHT = 300
const MAX_HEIGHT = 2000

/** The document's `?src=`, made absolute so the snippet works from any page; else null. */
function currentSource(): string | null {
  const src = new URLSearchParams(window.location.search).get('src')
  if (!src) return null
  try {
    return new URL(src, window.location.href).href
  } catch {
    return null
  }
}

/** "Embed": writes the iframe and script for this view, with a copy button and a live preview. */
export default function EmbedDialog({
  theme: pageTheme,
  onClose,
  file,
}: {
  theme: ThemeChoice
  onClose: () => void
  /** The document as a file, for one opened from a file or a paste (it is not published). */
  file?: () => DocumentFile
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const ids = useId()
  const title = useTimeline((s) => s.document.title)
  const eventId = useTimeline((s) => s.selectedEventId)
  const quoteId = useTimeline((s) => s.selectedQuoteId)
  const origin = useTimeline((s) => s.origin)
  const localFile = useMemo(() => (origin === 'local' && file ? file() : null), [origin, file])
  const [theme, setTheme] = useState<ThemeChoice>(pageTheme === 'dark' ? 'dark' : 'light')
  const [heightText, setHeightText] = useState('640')
  const [withSelection, setWithSelection] = useState(eventId !== null)
  const [embedId] = useState(() => `quoteline-${Math.random().toString(36).slice(2, 8)}`)

  useModalDialog(ref)

  const height = Number(heightText)
  const heightOk = Number.isInteger(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT
  const options: SnippetOptions = {
    appBase: new URL('.', window.location.href).href,
    src: currentSource(),
    theme,
    heightPx: heightOk ? height : 640,
    hash: withSelection
      ? encodeHash({ ...(eventId ? { eventId } : {}), ...(quoteId ? { quoteId } : {}) })
      : '',
    title,
    embedId,
  }

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={`${ids}-title`}
      className="embed-dialog m-auto w-[min(960px,calc(100vw-2rem))] max-h-[calc(100vh-2rem)] rounded-lg border border-line bg-surface p-0 text-ink shadow-xl"
    >
      <div className="flex flex-col gap-4 p-4 sm:p-5">
        <div className="flex items-start justify-between gap-4">
          <h2 id={`${ids}-title`} className="text-xl font-bold">
            Embed this timeline
          </h2>
          <Button onClick={() => closeDialog(ref.current)}>Close</Button>
        </div>
        <p className="text-sm leading-6 text-muted" hidden={localFile !== null}>
          Paste this into your article’s HTML. The script sizes the frame to its content; add it
          once per page, however many timelines the page holds. The frame runs in a strict sandbox.
        </p>
        <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
          <label className="flex flex-col gap-1 text-sm font-semibold">
            Height before the script sizes it (px)
            <input
              type="number"
              min={MIN_HEIGHT}
              max={MAX_HEIGHT}
              step={10}
              value={heightText}
              onChange={(e) => setHeightText(e.target.value)}
              aria-invalid={!heightOk}
              aria-describedby={heightOk ? undefined : `${ids}-height-error`}
              className="min-h-8 w-32 rounded-md border border-line bg-surface px-2 font-normal text-ink"
            />
          </label>
          <Segmented<ThemeChoice>
            label="Theme"
            value={theme}
            onChange={setTheme}
            options={THEME_CHOICES}
          />
          <label className="flex min-h-8 items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={withSelection}
              disabled={eventId === null}
              onChange={(e) => setWithSelection(e.target.checked)}
              className="size-4"
            />
            Open at the selected {quoteId ? 'quote' : 'event'}
          </label>
        </div>
        {heightOk ? null : (
          <p id={`${ids}-height-error`} role="alert" className="text-sm text-ink">
            The height must be a whole number from {MIN_HEIGHT} to {MAX_HEIGHT}; the code below uses
            640 until then.
          </p>
        )}
        {localFile ? (
          <PublishFirst file={localFile} options={options} />
        ) : (
          <>
            <CodeBox label="Embed code" code={embedSnippet(options)} />
            <section aria-labelledby={`${ids}-preview`} className="flex flex-col gap-2">
              <h3 id={`${ids}-preview`} className="text-sm font-semibold">
                Preview
              </h3>
              <iframe
                src={embedUrl(options)}
                title={`Preview: ${title}`}
                sandbox={SANDBOX}
                className="w-full rounded-md border border-line"
                style={{ height: `${options.heightPx}px` }}
              />
            </section>
          </>
        )}
      </div>
    </dialog>
  )
}
