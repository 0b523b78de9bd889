import { parseTimeline } from '../domain/parseTimeline'
import type { ParseResult } from '../domain/types'
import summit from './summit.json'

/** The built-in summit document, bundled with the code: no request is made for it. */
export function loadBuiltin(): ParseResult {
  return parseTimeline(summit)
}
