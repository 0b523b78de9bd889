import type { z } from 'zod'
import { eventSchema, quoteSchema, sourceSchema, speakerSchema } from '../domain/schema'
import type { Problem, Severity } from '../domain/types'
import type { RawPlaces } from './content'
import type { Collection, Fields } from './model'

/** A problem as a form shows it: at one field of one record, in plain words. */
export interface FieldProblem {
  /** The field's path inside its record, dotted (`start`, `timing.start.precision`); '' for the record. */
  field: string
  message: string
  severity: Severity
}

/** Problems by record: 'meta' for the document's own fields, else the row's uid. */
export type ProblemMap = Map<string, FieldProblem[]>

const ROW_PATH = /^\$\.(speakers|sources|events)\[(\d+)\](\.quotes\[(\d+)\])?/

/** Dotted field path from a JSON path tail: `.timing.start.note` → `timing.start.note`. */
const fieldOf = (tail: string) => tail.replace(/^\./, '').replace(/\[(\d+)\]/g, '.$1')

const push = (map: ProblemMap, key: string, problem: FieldProblem) => {
  const list = map.get(key)
  if (list) list.push(problem)
  else map.set(key, [problem])
}

/**
 * Places the problems of the whole document (from `parseTimeline` on `toRaw`'s output) on the
 * records they are about, so each shows at its field. Quotes that name no event get their own.
 */
export function placeProblems(problems: readonly Problem[], places: RawPlaces): ProblemMap {
  const uidAt = new Map<string, string>()
  for (const [uid, path] of places.pathOf) uidAt.set(path, uid)
  const map: ProblemMap = new Map()
  for (const p of problems) {
    const m = ROW_PATH.exec(p.path)
    const uid = m ? uidAt.get(m[0]) : undefined
    if (m && uid) {
      push(map, uid, {
        field: fieldOf(p.path.slice(m[0].length)),
        message: p.message,
        severity: p.severity,
      })
    } else {
      push(map, 'meta', {
        field: fieldOf(p.path.replace(/^\$/, '')),
        message: p.message,
        severity: p.severity,
      })
    }
  }
  for (const q of places.orphans) {
    push(map, q.uid, {
      field: 'event',
      message: 'Choose the event this quote was said at: until then it is not in the timeline.',
      severity: 'error',
    })
  }
  return map
}

const SCHEMAS: Record<Collection, z.ZodType> = {
  events: eventSchema,
  quotes: quoteSchema,
  speakers: speakerSchema,
  sources: sourceSchema,
}

/**
 * The record being edited, checked on its own against the format's schema: cheap enough for
 * every keystroke in a 10,000-event draft. Links between records (a quote's speaker, an event's
 * sources) are checked with the whole document, after a pause.
 */
export function checkRow(collection: Collection, data: Fields): FieldProblem[] {
  const result = SCHEMAS[collection].safeParse(data)
  if (result.success) return []
  return result.error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
    severity: 'error' as const,
  }))
}

/** The problems at one field (and, for `''`, those of the whole record). */
export const atField = (list: readonly FieldProblem[] | undefined, field: string) =>
  (list ?? []).filter((p) => p.field === field)
