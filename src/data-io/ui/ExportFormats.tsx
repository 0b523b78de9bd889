import { useEffect } from 'react'
import { kindStyleOf } from '../../domain/kinds'
import type { TimelineDocument } from '../../domain/types'
import { resolveZone } from '../../domain/formatTime'
import type { ExportFormat } from '../exportFiles'
import { selectFilteredEvents } from '../../store/selectors'
import { useTimelineStore } from '../../store/TimelineContext'
import { download } from '../../lib/download'

const FORMATS: { format: ExportFormat; label: string; note: string }[] = [
  { format: 'json', label: 'JSON', note: 'the whole document, to edit or open again' },
  { format: 'csv', label: 'CSV', note: 'one row per quote, for a spreadsheet' },
  { format: 'svg', label: 'SVG', note: 'this view, for print' },
  { format: 'png', label: 'PNG', note: 'this view, for a social card' },
]

/** The page's colours, read from its CSS, so a picture looks like the timeline on screen. */
function readPalette(doc: TimelineDocument) {
  const style = getComputedStyle(document.documentElement)
  const v = (name: string) => style.getPropertyValue(name).trim() || '#000000'
  return {
    page: v('--page'),
    ink: v('--ink'),
    muted: v('--muted'),
    line: v('--line'),
    kind: (kind: string) => {
      // A colour the document gives is used as it is; the others are the page's properties.
      const color = kindStyleOf(doc, kind).color
      return color.startsWith('var(') ? v(color.slice(4, -1)) : color
    },
  }
}

/** The open Export menu: one button a format. Escape closes it and returns to its toggle. */
export default function ExportFormats({
  id,
  onStatus,
  onClose,
}: {
  id: string
  onStatus: (status: string) => void
  onClose: (refocus: boolean) => void
}) {
  const store = useTimelineStore()

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose(true)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [onClose])

  const run = async (format: ExportFormat) => {
    onStatus('Preparing…')
    try {
      const { exportFile } = await import('../exportFiles')
      const s = store.getState()
      const { blob, filename } = await exportFile(format, {
        document: s.document,
        events: selectFilteredEvents(s),
        startMs: s.viewport.startMs,
        endMs: s.viewport.endMs,
        timeZone: resolveZone(s.zone, s.document.timezone),
        palette: readPalette(s.document),
        schemaUrl: new URL('schema/quoteline-1.json', window.location.href).href,
      })
      download(blob, filename)
      onStatus(`Saved ${filename}.`)
      onClose(false)
    } catch (error) {
      onStatus(`The export failed: ${error instanceof Error ? error.message : 'unknown error'}.`)
    }
  }

  return (
    <ul
      id={id}
      className="absolute top-full right-0 z-20 mt-1 flex w-72 flex-col gap-1 rounded-md border border-line bg-surface p-1 shadow-lg"
    >
      {FORMATS.map((f) => (
        <li key={f.format}>
          <button
            type="button"
            onClick={() => void run(f.format)}
            className="flex min-h-8 w-full flex-col items-start rounded px-2 py-1 text-left text-sm text-ink hover:bg-surface-2"
          >
            <span className="font-semibold">{f.label}</span>
            <span className="text-xs text-muted">{f.note}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
