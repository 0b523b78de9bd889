import { csvFormatRows } from 'd3-dsv'
import type { TimelineDocument } from '../../domain/types'
import { toRawDocument } from '../exportJson'
import {
  CSV_COLUMNS,
  DETAIL_FIELDS,
  EVENT_TEXT,
  guardFormula,
  LIST_SEPARATOR,
  QUOTE_TEXT,
  type CsvColumn,
} from './columns'

/**
 * The document as CSV: a `document` row, a row per speaker and per source, then one row per
 * quote (or per event without quotes), each quote row repeating its event's columns so that the
 * sheet can be sorted and filtered. A text a spreadsheet would run as a formula is written after an
 * apostrophe (`guardFormula`). Importing it gives back the same document.
 */

/** Absent cells are undefined here and written empty. */
type CsvRow = { [C in CsvColumn]?: string | undefined }
type RawDocument = ReturnType<typeof toRawDocument>
type RawEvent = RawDocument['events'][number]
type RawQuote = NonNullable<RawEvent['quotes']>[number]

const ids = (list: readonly string[] | undefined) => (list?.length ? list.join(' ') : undefined)

function eventCells(e: RawEvent): CsvRow {
  const row: CsvRow = {}
  const fields = e as unknown as Record<string, string | undefined>
  for (const [column, field] of EVENT_TEXT) row[column] = fields[field]
  if (e.participants?.length) row.participants = e.participants.join(LIST_SEPARATOR)
  row.event_sources = ids(e.sources)
  for (const which of ['start', 'end'] as const) {
    const d = e.timing?.[which]
    if (!d) continue
    for (const f of DETAIL_FIELDS) {
      row[`${which}_${f}`] = f === 'sources' ? ids(d.sources) : (d[f] as string | undefined)
    }
  }
  row.duration = e.timing?.duration?.label
  row.duration_note = e.timing?.duration?.note
  row.start_granularity = e.granularity?.start
  row.end_granularity = e.granularity?.end
  row.media_src = e.media?.src
  row.media_alt = e.media?.alt
  row.media_credit = e.media?.credit
  row.media_caption = e.media?.caption
  return row
}

function quoteCells(q: RawQuote): CsvRow {
  const row: CsvRow = {}
  const fields = q as unknown as Record<string, string | undefined>
  for (const [column, field] of QUOTE_TEXT) row[column] = fields[field]
  row.quote_sources = ids(q.sources)
  if (q.interpreted) row.interpreted = 'yes'
  return row
}

/** Writes the document as CSV text with the documented columns. */
export function exportCsv(doc: TimelineDocument): string {
  const raw = toRawDocument(doc)
  const rows: CsvRow[] = [
    {
      record: 'document',
      title: raw.title,
      summary: raw.description,
      timezone: raw.timezone,
      view_start: raw.view?.start,
      view_end: raw.view?.end,
    },
  ]
  for (const s of raw.speakers ?? []) {
    rows.push({ record: 'speaker', speaker: s.id, speaker_name: s.name, speaker_role: s.role })
  }
  for (const s of raw.sources ?? []) {
    rows.push({
      record: 'source',
      source_id: s.id,
      source_title: s.title,
      source_url: s.url,
      source_publisher: s.publisher,
    })
  }
  for (const e of raw.events) {
    const event = eventCells(e)
    if (!e.quotes?.length) rows.push(event)
    for (const q of e.quotes ?? []) rows.push({ ...event, ...quoteCells(q) })
  }
  const table = rows.map((row) => CSV_COLUMNS.map((c) => guardFormula(row[c] ?? '')))
  return `${csvFormatRows([[...CSV_COLUMNS], ...table])}\n`
}
