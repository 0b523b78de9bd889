import { parseTimeline } from '../domain/parseTimeline'
import type { ParseResult } from '../domain/types'

export type ReadFailure = { ok: false; code: string; message: string }
export type ReadOutcome = { ok: true; result: ParseResult } | ReadFailure

export interface ReadHint {
  /** A file name or URL path: its extension hints at the format. */
  name?: string
  contentType?: string
  /** How messages name the document: "the file at https://…", "the pasted text". */
  where?: string
}

/** Turns the text of a document (any way in: URL, file, paste) into a parsed timeline. */
export async function readDocument(text: string, hint: ReadHint = {}): Promise<ReadOutcome> {
  const where = hint.where ?? (hint.name ? `the file “${hint.name}”` : 'this text')
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return {
      ok: false,
      code: 'not-json',
      message: `${where.charAt(0).toUpperCase()}${where.slice(1)} is not valid JSON, so it cannot be read as a timeline.`,
    }
  }
  return { ok: true, result: parseTimeline(json) }
}
