import { parseTimeline } from '../../domain/parseTimeline'
import type { ParseResult, Problem } from '../../domain/types'
import {
  CSV_COLUMNS,
  DETAIL_FIELDS,
  EVENT_COLUMNS,
  EVENT_TEXT,
  QUOTE_COLUMNS,
  QUOTE_TEXT,
  type CsvColumn,
  type CsvRow,
  splitIds,
  splitList,
  unguardFormula,
} from './columns'
import { zoneFromOffsets } from './offsetZone'
import { placeOnLines, type Lines } from './placeProblems'
import { sheetRows } from './sheetRows'

/**
 * CSV → the format as written. One row per quote, or per event without quotes; an event's own
 * columns are repeated on its quote rows. `record` rows of kind document, speaker and source
 * carry what a flat table cannot (docs/format.md). Rows become plain Maps-built objects: a
 * column named `__proto__` is reported as unknown, never used as a key.
 */

type Raw = Record<string, unknown>
const KNOWN = new Set<string>(CSV_COLUMNS)
const REQUIRED: CsvColumn[] = ['kind', 'title', 'start']

const lineProblem = (line: number, column: string | null, message: string, error = false) => ({
  path: column ? `line ${line}, column "${column}"` : `line ${line}`,
  line,
  message,
  severity: error ? ('error' as const) : ('warning' as const),
})

/** Reads the header: the index of each known column; warnings for unknown and repeated ones. */
function readHeader(header: string[], problems: Problem[]): Map<CsvColumn, number> {
  const index = new Map<CsvColumn, number>()
  header.forEach((cell, i) => {
    const name = cell.trim().toLowerCase().replace(/\s+/g, '_')
    if (!KNOWN.has(name)) {
      if (name) problems.push(lineProblem(1, name.slice(0, 60), 'Unknown column; it is ignored.'))
      return
    }
    if (index.has(name as CsvColumn)) {
      problems.push(lineProblem(1, name, 'This column appears twice; the first one is used.'))
      return
    }
    index.set(name as CsvColumn, i)
  })
  const missing = REQUIRED.filter((c) => !index.has(c))
  if (missing.length) {
    const names = missing.map((c) => `"${c}"`).join(', ')
    problems.push(lineProblem(1, null, `The header has no ${names} column.`, true))
  }
  return index
}

function toRow(cells: string[], index: Map<CsvColumn, number>): CsvRow {
  const row: CsvRow = {}
  for (const [column, i] of index) {
    const value = cells[i]
    if (value !== undefined && value.trim() !== '') row[column] = unguardFormula(value)
  }
  return row
}

function detail(row: CsvRow, which: 'start' | 'end'): Raw | undefined {
  const d: Raw = {}
  for (const f of DETAIL_FIELDS) {
    const cell = row[`${which}_${f}`]
    if (cell !== undefined) d[f] = f === 'sources' ? splitIds(cell) : cell.trim()
  }
  if (Object.keys(d).length === 0) return undefined
  d.precision ??= 'exact'
  return d
}

function eventFrom(row: CsvRow, id: string): Raw {
  const e: Raw = {}
  for (const [column, field] of EVENT_TEXT) if (row[column] !== undefined) e[field] = row[column]
  e.id = id
  if (row.participants !== undefined) e.participants = splitList(row.participants)
  if (row.event_sources !== undefined) e.sources = splitIds(row.event_sources)
  const timing: Raw = {}
  const start = detail(row, 'start')
  const end = detail(row, 'end')
  if (start) timing.start = start
  if (end) timing.end = end
  if (row.duration !== undefined) {
    timing.duration = { label: row.duration, ...(row.duration_note && { note: row.duration_note }) }
  }
  if (Object.keys(timing).length) e.timing = timing
  const granularity: Raw = {}
  if (row.start_granularity) granularity.start = row.start_granularity.trim().toLowerCase()
  if (row.end_granularity) granularity.end = row.end_granularity.trim().toLowerCase()
  if (Object.keys(granularity).length) e.granularity = granularity
  const media = pick(row, {
    media_src: 'src',
    media_alt: 'alt',
    media_credit: 'credit',
    media_caption: 'caption',
  })
  if (Object.keys(media).length) e.media = media
  return e
}

const YES = new Set(['yes', 'true', '1', 'y', 'x'])
const NO = new Set(['no', 'false', '0', 'n'])

function quoteFrom(row: CsvRow, line: number, problems: Problem[]): Raw {
  const q: Raw = { id: row.quote_id?.trim() ?? `q-line-${line}` }
  for (const [column, field] of QUOTE_TEXT) {
    if (column !== 'quote_id' && row[column] !== undefined) q[field] = row[column]
  }
  if (row.quote_sources !== undefined) q.sources = splitIds(row.quote_sources)
  const yesNo = row.interpreted?.trim().toLowerCase()
  if (yesNo !== undefined) {
    if (YES.has(yesNo)) q.interpreted = true
    else if (!NO.has(yesNo)) {
      problems.push(lineProblem(line, 'interpreted', 'Write "yes" or leave it empty; ignored.'))
    }
  }
  return q
}

interface EventEntry {
  raw: Raw
  firstLine: number
  firstRow: CsvRow
  quotes: Raw[]
}

/** What a sheet's rows hold: the format as written, and line numbers for placing problems. */
export interface SheetRead {
  raw: Raw
  problems: Problem[]
  lines: Lines
}

/**
 * Reads a sheet's rows (from CSV, or pasted from a spreadsheet: tabRows.ts), `starts` the line
 * each row starts on, into the format as written.
 */
export function rowsToRawDocument(rows: string[][], starts: readonly number[]): SheetRead {
  const problems: Problem[] = []
  const lines: Lines = { document: 0, speakers: [], sources: [], events: [], quotes: [] }
  const raw: Raw = {}
  const header = rows[0]
  if (!header) {
    problems.push(lineProblem(1, null, 'The CSV file is empty.', true))
    return { raw: { events: [] }, problems, lines }
  }
  const index = readHeader(header, problems)
  const speakers: Raw[] = []
  const sources: Raw[] = []
  const events = new Map<string, EventEntry>()
  rows.slice(1).forEach((cells, r) => {
    const line = starts[r + 1] ?? r + 2
    const row = toRow(cells, index)
    if (Object.keys(row).length === 0) return
    const record = row.record?.trim().toLowerCase() ?? ''
    if (record === 'document') {
      lines.document = line
      if (row.title !== undefined) raw.title = row.title
      if (row.summary !== undefined) raw.description = row.summary
      if (row.timezone !== undefined) raw.timezone = row.timezone.trim()
      if (row.view_start !== undefined || row.view_end !== undefined) {
        raw.view = { start: row.view_start?.trim(), end: row.view_end?.trim() }
      }
    } else if (record === 'speaker') {
      lines.speakers.push(line)
      speakers.push(pick(row, { speaker: 'id', speaker_name: 'name', speaker_role: 'role' }))
    } else if (record === 'source') {
      lines.sources.push(line)
      sources.push(
        pick(row, {
          source_id: 'id',
          source_title: 'title',
          source_url: 'url',
          source_publisher: 'publisher',
        }),
      )
    } else if (record === '' || record === 'event' || record === 'quote') {
      readEventRow(row, line, events, problems)
    } else {
      const message = 'Unknown record type (use event, document, speaker or source); skipped.'
      problems.push(lineProblem(line, 'record', message))
    }
  })
  if (raw.timezone === undefined) {
    const times = [...events.values()].flatMap((e) => [e.raw.start, e.raw.end])
    const { timezone, problem } = zoneFromOffsets(times.filter((t) => typeof t === 'string'))
    if (timezone) raw.timezone = timezone
    if (problem) problems.push(problem)
  }
  if (speakers.length) raw.speakers = speakers
  if (sources.length) raw.sources = sources
  raw.events = [...events.values()].map((entry) => {
    lines.events.push(entry.firstLine)
    lines.quotes.push(entry.quotes.map((q) => q.__line as number))
    const quotes = entry.quotes.map(({ __line: _, ...q }) => q)
    return quotes.length ? { ...entry.raw, quotes } : entry.raw
  })
  return { raw, problems, lines }
}

function pick(row: CsvRow, fields: Partial<Record<CsvColumn, string>>): Raw {
  const out: Raw = {}
  for (const [column, field] of Object.entries(fields) as [CsvColumn, string][]) {
    const value = row[column]
    if (value !== undefined) out[field] = column.endsWith('_id') ? value.trim() : value
  }
  if (fields.speaker && row.speaker !== undefined) out.id = row.speaker.trim()
  return out
}

function readEventRow(
  row: CsvRow,
  line: number,
  events: Map<string, EventEntry>,
  problems: Problem[],
): void {
  const id = row.event_id?.trim() ?? `line-${line}`
  let entry = events.get(id)
  if (!entry) {
    entry = { raw: eventFrom(row, id), firstLine: line, firstRow: row, quotes: [] }
    events.set(id, entry)
  } else {
    for (const column of EVENT_COLUMNS) {
      const value = row[column]
      if (value === undefined || value === entry.firstRow[column]) continue
      problems.push(
        lineProblem(
          line,
          column,
          `Differs from line ${entry.firstLine}, where event "${id.slice(0, 60)}" is first described; line ${entry.firstLine} is used.`,
        ),
      )
    }
  }
  if (QUOTE_COLUMNS.some((c) => row[c] !== undefined)) {
    entry.quotes.push({ ...quoteFrom(row, line, problems), __line: line })
  }
}

/** A sheet read and checked: the format as written, and every problem at its line (and column). */
export function checkSheet(read: SheetRead): { raw: Raw; result: ParseResult } {
  const result = parseTimeline(read.raw)
  return {
    raw: read.raw,
    result: {
      document: result.document,
      problems: [...read.problems, ...placeOnLines(result.problems, read.lines)],
    },
  }
}

/**
 * Parses CSV text, or rows copied from a spreadsheet (tabs), into a document: every problem names
 * its line (and column).
 */
export function parseCsvTimeline(text: string): ParseResult {
  const { rows, starts } = sheetRows(text)
  return checkSheet(rowsToRawDocument(rows, starts)).result
}
