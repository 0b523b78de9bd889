import type { ParseResult, TimelineDocument } from '../domain/types'
// summit.json as parseTimeline returns it (scripts/build-summit.mjs; a test keeps it current):
// the page starts without parsing it, and without loading zod.
import summit from './summit.document.json'

/** The built-in summit document, bundled with the code: no request is made for it. */
export function loadBuiltin(): ParseResult {
  return { document: summit as unknown as TimelineDocument, problems: [] }
}
