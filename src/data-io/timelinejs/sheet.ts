import type { ParseResult, Problem } from '../../domain/types'
import { sheetRows } from '../csv/sheetRows'
import { readTimelineJs } from './convert'

/**
 * TimelineJS's Google Sheets template, downloaded as CSV: one row a slide, with the columns Year,
 * Month, Day, Time, End Year…, Headline, Text, Media…, Type, Group. Rows become the TimelineJS
 * JSON they stand for (a `title` row the title slide, `era` rows eras), which then opens like any
 * TimelineJS file; problems name the sheet's line.
 */

type Raw = Record<string, unknown>

const COLUMNS = {
  year: 'year',
  month: 'month',
  day: 'day',
  time: 'time',
  'end year': 'endYear',
  'end month': 'endMonth',
  'end day': 'endDay',
  'end time': 'endTime',
  'display date': 'displayDate',
  headline: 'headline',
  text: 'text',
  media: 'media',
  'media credit': 'credit',
  'media caption': 'caption',
  'media thumbnail': 'thumbnail',
  type: 'type',
  group: 'group',
  background: 'background',
} as const
type Field = (typeof COLUMNS)[keyof typeof COLUMNS]

const headerName = (cell: string) => cell.trim().toLowerCase().replace(/\s+/g, ' ')

/** True when a header row is TimelineJS's sheet header (Year … Headline). */
export function isTimelineJsHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(headerName))
  return names.has('year') && names.has('headline')
}

/** True when the text's first row is TimelineJS's sheet header (Year … Headline), in CSV or tabs. */
export function isTimelineJsSheet(text: string): boolean {
  const first = text.split(/\r?\n/, 1)[0] ?? ''
  return isTimelineJsHeader(sheetRows(first).rows[0] ?? [])
}

/** "19:30", "7:30 PM", "7:30:15 pm" → hour, minute, second; null when it is not a time. */
function clock(value: string | undefined): Raw | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(value?.trim() ?? '')
  if (!m) return null
  let hour = Number(m[1])
  const period = m[4]?.toLowerCase().replace(/\./g, '')
  if (period === 'pm' && hour < 12) hour += 12
  if (period === 'am' && hour === 12) hour = 0
  return { hour, minute: Number(m[2]), ...(m[3] ? { second: Number(m[3]) } : {}) }
}

function date(row: Partial<Record<Field, string>>, end: boolean): Raw | undefined {
  const [y, mo, d, t] = end
    ? [row.endYear, row.endMonth, row.endDay, row.endTime]
    : [row.year, row.month, row.day, row.time]
  if (!y) return undefined
  const out: Raw = { year: y }
  if (mo) out.month = mo
  if (d) out.day = d
  const c = clock(t)
  if (c) Object.assign(out, c)
  else if (t) out.hour = t // not a clock time: the converter says what is wrong with it
  return out
}

function slide(row: Partial<Record<Field, string>>): Raw {
  const s: Raw = { text: { headline: row.headline ?? '', text: row.text ?? '' } }
  const start = date(row, false)
  const end = date(row, true)
  if (start) s.start_date = start
  if (end) s.end_date = end
  if (row.group) s.group = row.group
  if (row.displayDate) s.display_date = row.displayDate
  if (row.background) s.background = { url: row.background }
  if (row.media) {
    s.media = {
      url: row.media,
      ...(row.credit ? { credit: row.credit } : {}),
      ...(row.caption ? { caption: row.caption } : {}),
      ...(row.thumbnail ? { thumbnail: row.thumbnail } : {}),
    }
  }
  return s
}

/** The sheet as the TimelineJS JSON it stands for, with each slide's line in the sheet. */
export function sheetToTimelineJs(text: string): { json: Raw; lines: Map<string, number> } {
  const { rows, starts } = sheetRows(text)
  return sheetRowsToTimelineJs(rows, starts)
}

/** A sheet's rows (CSV, or pasted: tabRows.ts) as TimelineJS JSON; `starts`: each row's line. */
export function sheetRowsToTimelineJs(
  rows: string[][],
  starts: readonly number[],
): { json: Raw; lines: Map<string, number> } {
  const header = (rows[0] ?? []).map((cell) => COLUMNS[headerName(cell) as keyof typeof COLUMNS])
  const events: Raw[] = []
  const eras: Raw[] = []
  const lines = new Map<string, number>()
  const json: Raw = { events }
  rows.slice(1).forEach((cells, r) => {
    const row: Partial<Record<Field, string>> = {}
    header.forEach((field, i) => {
      const value = cells[i]?.trim()
      if (field && value) row[field] = value
    })
    if (Object.keys(row).length === 0) return
    const line = starts[r + 1] ?? r + 2
    const type = row.type?.toLowerCase()
    if (type === 'title') {
      json.title = slide(row)
      lines.set('$.title', line)
    } else if (type === 'era') {
      lines.set(`$.eras[${eras.length}]`, line)
      eras.push(slide(row))
    } else {
      lines.set(`$.events[${events.length}]`, line)
      events.push(slide(row))
    }
  })
  if (eras.length) json.eras = eras
  return { json, lines }
}

/** Puts the sheet's line in front of a problem's TimelineJS path. */
function onLine(p: Problem, lines: Map<string, number>): Problem {
  const m = /^\$\.(?:events|eras)\[\d+\]|^\$\.title/.exec(p.path)
  const line = m ? lines.get(m[0]) : undefined
  return line ? { ...p, path: `line ${line} (${p.path})`, line } : p
}

/** A sheet's TimelineJS JSON converted to the format as written and checked, problems at their lines. */
export function checkTimelineJsSheet(
  sheet: { json: Raw; lines: Map<string, number> },
  timeZone = 'UTC',
): { raw: Raw; result: ParseResult } {
  const { raw, result } = readTimelineJs(sheet.json, timeZone)
  const problems = result.problems.map((p) => onLine(p, sheet.lines))
  return { raw, result: { document: result.document, problems } }
}

/** Opens a TimelineJS sheet (CSV or tabs) like a TimelineJS file; times are wall-clock in `timeZone`. */
export function parseTimelineJsSheet(text: string, timeZone = 'UTC'): ParseResult {
  return checkTimelineJsSheet(sheetToTimelineJs(text), timeZone).result
}
