import { csvFormatRows } from 'd3-dsv'
import { parseTimeline } from '../domain/parseTimeline'
import type { Problem } from '../domain/types'
import { checkSheet, rowsToRawDocument } from './csv/importCsv'
import { sheetRows } from './csv/sheetRows'
import { findJsonSyntaxError } from './jsonSyntax'
import { readTimelineJs } from './timelinejs/convert'
import { isTimelineJsDocument } from './timelinejs/detect'
import { checkTimelineJsSheet, isTimelineJsHeader, sheetRowsToTimelineJs } from './timelinejs/sheet'

/**
 * Anything a producer starts a draft from, or pastes into one, read into the format's document
 * as written: JSON as parsed (never normalised, so the studio keeps what was written), CSV and
 * rows pasted from a spreadsheet, TimelineJS JSON and its sheet, and a standalone embed page
 * published earlier. Problems are those opening it in the reader would list, at the same places
 * (JSON paths, CSV lines and columns).
 */

export type DraftInputFormat = 'json' | 'csv' | 'timelinejs' | 'standalone'

export type DraftInput =
  | { ok: true; raw: unknown; problems: Problem[]; format: DraftInputFormat }
  | { ok: false; message: string }

export interface DraftInputHint {
  /** A file name: its extension says what it is. */
  name?: string | undefined
  /** A file's media type, when the browser knows it. */
  type?: string | undefined
  /** The zone TimelineJS times (which carry none) are read in; the reader's by default. */
  timeZone?: string | undefined
}

const INLINE_DOCUMENT_ID = 'quoteline-document'

const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

const isHtml = (text: string, hint: DraftInputHint) =>
  /\.html?$/i.test(hint.name ?? '') ||
  hint.type === 'text/html' ||
  /^\s*(<!doctype html|<html[\s>])/i.test(text)

const isJson = (text: string, hint: DraftInputHint) =>
  /^\s*[[{]/.test(text) || /\.json$/i.test(hint.name ?? '') || /json$/.test(hint.type ?? '')

/** Reads text of any kind the studio opens into the format's document as written, with its problems. */
export function readDraftInput(text: string, hint: DraftInputHint = {}): DraftInput {
  const source = text.replace(/^\uFEFF/, '')
  if (source.trim() === '') return { ok: false, message: 'There is nothing to read: it is empty.' }
  if (isHtml(source, hint)) return readStandalonePage(source)
  if (isJson(source, hint)) return readJson(source, 'json', hint)
  return readRows(source, hint)
}

function readJson(text: string, format: 'json' | 'standalone', hint: DraftInputHint): DraftInput {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    const found = findJsonSyntaxError(text)
    const place = found
      ? ` Line ${found.line}, column ${found.column}: ${found.problem}, near “${found.near}”.`
      : ''
    return { ok: false, message: `This is not valid JSON, so it cannot be read.${place}` }
  }
  if (format === 'json' && isTimelineJsDocument(json)) {
    const { raw, result } = readTimelineJs(json, hint.timeZone ?? readerZone())
    return { ok: true, raw, problems: result.problems, format: 'timelinejs' }
  }
  return { ok: true, raw: json, problems: parseTimeline(json).problems, format }
}

/**
 * A standalone embed page carries its document in `<script type="application/json"
 * id="quoteline-document">` (embed/standalonePage.ts). The page is parsed as inert markup
 * (DOMParser runs no script and loads nothing) and only that element's text is read.
 */
function readStandalonePage(html: string): DraftInput {
  const page = new DOMParser().parseFromString(html, 'text/html')
  const script = page.getElementById(INLINE_DOCUMENT_ID)
  if (
    !script ||
    script.tagName !== 'SCRIPT' ||
    script.getAttribute('type') !== 'application/json'
  ) {
    return {
      ok: false,
      message:
        'This web page carries no timeline. Only a standalone embed page made by Quoteline can be opened.',
    }
  }
  const read = readJson(script.textContent ?? '', 'standalone', {})
  if (read.ok) return read
  return { ok: false, message: `The timeline inside this page cannot be read. ${read.message}` }
}

/** CSV, or rows pasted from a spreadsheet (tabs), with the CSV format's or TimelineJS's columns. */
function readRows(text: string, hint: DraftInputHint): DraftInput {
  const { rows, starts } = sheetRows(text, /\.tsv$/i.test(hint.name ?? '') || undefined)
  if (isTimelineJsHeader(rows[0] ?? [])) {
    const sheet = sheetRowsToTimelineJs(rows, starts)
    const { raw, result } = checkTimelineJsSheet(sheet, hint.timeZone ?? readerZone())
    return { ok: true, raw, problems: result.problems, format: 'timelinejs' }
  }
  const { raw, result } = checkSheet(rowsToRawDocument(rows, starts))
  return { ok: true, raw, problems: result.problems, format: 'csv' }
}

/** The columns of the template: the CSV format's (docs/format.md) that most timelines use. */
const TEMPLATE_COLUMNS = [
  'event_id',
  'kind',
  'title',
  'start',
  'end',
  'place',
  'summary',
  'participants',
  'quote_id',
  'speaker',
  'quote',
  'context',
  'interpreted',
]

const EXAMPLE_EVENT = [
  'opening',
  'meeting',
  'Example: the meeting opens',
  '2026-01-15T18:00:00Z',
  '2026-01-15T19:30:00Z',
  'Example Hall',
  'Replace these two rows with your own: one row per event, or per quote of an event.',
  'Example Speaker',
]

/** The template spreadsheet (CSV): the header and two example rows, an event and a quote of it. */
export function templateCsv(): string {
  return `${csvFormatRows([
    TEMPLATE_COLUMNS,
    [...EXAMPLE_EVENT, '', '', '', '', ''],
    [
      ...EXAMPLE_EVENT,
      'opening-1',
      'Example Speaker',
      'Put the speaker’s exact words here, as the source has them.',
      'Example: a line of context in your own words.',
      'no',
    ],
  ])}\n`
}
