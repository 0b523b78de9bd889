import type { ReadOutcome } from '../domain/types'
import { isTimelineJsDocument } from './timelinejs/detect'

export interface ReadHint {
  /** A file name or URL path: its extension hints at the format. */
  name?: string
  contentType?: string
  /** How messages name the document: "the file at https://…", "the pasted text". */
  where?: string
  /**
   * Told how many events a document holds before they are checked, when it holds so many that
   * the check is a step the reader waits through (READ_STEP_EVENTS or more). Returns whether the
   * step is on screen: only then does the check wait a frame, so that the step is painted first.
   */
  onRead?: (eventCount: number) => boolean
}

/**
 * From this many events, checking a document takes long enough (about a quarter of a second on
 * a slow laptop) to be shown as a step of its own; a smaller one is read without the extra frame
 * that showing the step costs.
 */
export const READ_STEP_EVENTS = 5_000

/** Resolves once the page has had a chance to paint what changed (also in a hidden tab). */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    const done = () => setTimeout(resolve, 0)
    const fallback = setTimeout(resolve, 100)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() => {
      clearTimeout(fallback)
      done()
    })
  })

/**
 * A sheet: a .csv or .tsv name or type, or (pasted, unnamed) text that is not JSON but has a
 * header row of cells, separated by commas or by the tabs of rows copied from a spreadsheet.
 */
function looksLikeSheet(text: string, hint: ReadHint): boolean {
  if (hint.name && /\.[ct]sv$/i.test(hint.name)) return true
  if (hint.contentType === 'text/csv' || hint.contentType === 'text/tab-separated-values')
    return true
  return (
    !hint.name && !hint.contentType && !/^\s*[[{]/.test(text) && /^[^\n]*[,\t][^\n]*\n/.test(text)
  )
}

/** TimelineJS times carry no zone and TimelineJS shows them in the reader's: so do we. */
const readerZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'

/** The validator's code; loading it can start while a document is still downloading. */
export const loadParser = () => import('../domain/parseTimeline')

/** Turns the text of a document (any way in: URL, file, paste) into a parsed timeline. */
export async function readDocument(text: string, hint: ReadHint = {}): Promise<ReadOutcome> {
  const where = hint.where ?? (hint.name ? `the file “${hint.name}”` : 'this text')
  if (looksLikeSheet(text, hint)) {
    if (/^\uFEFF?[^\n]*\byear\b[^\n]*\bheadline\b/i.test(text)) {
      // TimelineJS's sheet template, downloaded as CSV or copied: read like a TimelineJS file.
      const { isTimelineJsSheet, parseTimelineJsSheet } = await import('./timelinejs/sheet')
      if (isTimelineJsSheet(text))
        return { ok: true, result: parseTimelineJsSheet(text, readerZone()) }
    }
    // The sheet reader (d3-dsv) loads only when a spreadsheet is opened.
    const { parseCsvTimeline } = await import('./csv/importCsv')
    return { ok: true, result: parseCsvTimeline(text) }
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    // Our own scanner names the place, the same in every browser (JSON.parse's words differ).
    const { findJsonSyntaxError } = await import('./jsonSyntax')
    const found = findJsonSyntaxError(text)
    const place = found
      ? ` Line ${found.line}, column ${found.column}: ${found.problem}, near “${found.near}”.`
      : ''
    return {
      ok: false,
      code: 'not-json',
      message: `${where.charAt(0).toUpperCase()}${where.slice(1)} is not valid JSON, so it cannot be read as a timeline.${place}`,
    }
  }
  // The validator (zod and the parser) loads only when a document is read: the built-in summit
  // starts without it, which keeps it out of what the page loads before it is ready.
  if (isTimelineJsDocument(json)) {
    // TimelineJS times carry no zone and TimelineJS shows them in the reader's: so do we, and the
    // import says so in a warning.
    const { parseTimelineJs } = await import('./timelinejs/convert')
    return { ok: true, result: parseTimelineJs(json, readerZone()) }
  }
  const events = (json as { events?: unknown } | null)?.events
  if (hint.onRead && Array.isArray(events) && events.length >= READ_STEP_EVENTS) {
    if (hint.onRead(events.length)) await afterPaint()
  }
  const { parseTimeline } = await loadParser()
  return { ok: true, result: parseTimeline(json) }
}
