import type { Problem } from '../../domain/types'
import { PATH_TO_COLUMN, QUOTE_PATH_TO_COLUMN } from './columns'

/** Where each part of a document read from CSV came from: line numbers, the header being 1. */
export interface Lines {
  document: number
  speakers: number[]
  sources: number[]
  events: number[]
  quotes: number[][]
}

const SPEAKER: Record<string, string> = {
  '.id': 'speaker',
  '.name': 'speaker_name',
  '.role': 'speaker_role',
}
const SOURCE: Record<string, string> = {
  '.id': 'source_id',
  '.title': 'source_title',
  '.url': 'source_url',
  '.publisher': 'source_publisher',
}
const DOCUMENT: Record<string, string> = {
  '.title': 'title',
  '.description': 'summary',
  '.timezone': 'timezone',
  '.view.start': 'view_start',
  '.view.end': 'view_end',
}

const QUOTE = /^\$\.events\[(\d+)\]\.quotes\[(\d+)\](.*)$/
const EVENT = /^\$\.events\[(\d+)\](.*)$/
const LIST = /^\$\.(speakers|sources)\[(\d+)\](.*)$/

/** The line and column a raw document path came from, or null when it names the whole file. */
function locate(path: string, lines: Lines): { line: number; column?: string | undefined } | null {
  const field = (rest: string) => rest.replace(/\[\d+\]/g, '')
  let m = QUOTE.exec(path)
  if (m) {
    const line = lines.quotes[Number(m[1])]?.[Number(m[2])]
    return line ? { line, column: QUOTE_PATH_TO_COLUMN[field(m[3] ?? '')] } : null
  }
  m = EVENT.exec(path)
  if (m) {
    const line = lines.events[Number(m[1])]
    return line ? { line, column: PATH_TO_COLUMN[field(m[2] ?? '')] } : null
  }
  m = LIST.exec(path)
  if (m) {
    const line = lines[m[1] === 'speakers' ? 'speakers' : 'sources'][Number(m[2])]
    const columns = m[1] === 'speakers' ? SPEAKER : SOURCE
    return line ? { line, column: columns[field(m[3] ?? '')] } : null
  }
  const top = DOCUMENT[path.slice(1)]
  return top && lines.document ? { line: lines.document, column: top } : null
}

/** Rewrites the JSON paths of problems found in a CSV-built document as CSV lines and columns. */
export function placeOnLines(problems: readonly Problem[], lines: Lines): Problem[] {
  return problems.map((p) => {
    const place = locate(p.path, lines)
    if (!place) return p.path === '$.events' ? { ...p, path: 'the whole file' } : p
    const path = place.column
      ? `line ${place.line}, column "${place.column}"`
      : `line ${place.line}`
    return { ...p, path, line: place.line }
  })
}
