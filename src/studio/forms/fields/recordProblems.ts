import { documentSchema, eraSchema, kindSchema } from '../../../domain/schema'
import { checkRow, type FieldProblem, type ProblemMap } from '../../problems'
import type { Fields } from '../../model'
import type { Target } from './edit'
import type { z } from 'zod'

/** zod's "Invalid input: expected string, received number", in the words the reader's page uses. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'yes or no',
  array: 'a list',
  object: 'a group of fields',
  undefined: 'missing',
}
export function plainWords(message: string): string {
  const m = /^Invalid input: expected (\w+), received (\w+)$/.exec(message)
  if (!m) return message
  const [, expected = '', received = ''] = m
  if (received === 'undefined') return 'is missing'
  return `must be ${TYPE_WORDS[expected] ?? expected}, not ${TYPE_WORDS[received] ?? received}`
}

const issuesOf = (result: z.ZodSafeParseResult<unknown>, prefix: string): FieldProblem[] =>
  result.success
    ? []
    : result.error.issues.map((issue) => ({
        field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
        message: issue.message,
        severity: 'error' as const,
      }))

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** The document's own fields checked on their own (its lists are rows, checked with the whole). */
export function checkMeta(meta: Fields): FieldProblem[] {
  const out = issuesOf(documentSchema.safeParse({ ...meta, events: [] }), '')
  const each = (name: string, schema: z.ZodType) =>
    listOf(meta[name]).forEach((item, i) =>
      out.push(...issuesOf(schema.safeParse(item), `${name}.${i}`)),
    )
  each('kinds', kindSchema)
  // Corrections are checked by documentSchema; kinds and eras are lists of anything there.
  each('eras', eraSchema)
  return out
}

/**
 * The record's problems: its own check against the schema (instant, as you type) and those the
 * whole document gave after the last pause (links between records), each once, in plain words.
 */
export function recordProblems(
  target: Target,
  data: Fields,
  placed: ProblemMap | undefined,
): FieldProblem[] {
  const instant = target.target === 'meta' ? checkMeta(data) : checkRow(target.target, data)
  const key = target.target === 'meta' ? 'meta' : target.uid
  const seen = new Set<string>()
  const out: FieldProblem[] = []
  for (const p of [...instant, ...(placed?.get(key) ?? [])]) {
    const message = plainWords(p.message)
    const id = `${p.field}\n${message}`
    if (seen.has(id)) continue
    seen.add(id)
    out.push({ ...p, message })
  }
  return out
}
