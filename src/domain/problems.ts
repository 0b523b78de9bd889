/**
 * Problem reporting for the parser: where (a JSON path, and the place in words), what, and how
 * bad. zod's own messages are said plainly here, so the parsing steps only say what they found.
 */
import type { z } from 'zod'
import { describePlace } from './problemPlace'
import type { Problem } from './types'

/** Renders a JSON path like `$.events[3].start`. */
export function jsonPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    base,
  )
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
}

/** zod's "Invalid input: expected string, received undefined", said plainly. */
export function plainMessage(issue: z.core.$ZodIssue): string {
  const m = /^Invalid input: expected (\w+), received (\w+)$/.exec(issue.message)
  if (issue.code !== 'invalid_type' || !m) return issue.message
  const [, expected = '', received = ''] = m
  const name = (type: string) => TYPE_NAMES[type] ?? type
  if (received === 'undefined') return `is missing (${name(expected)} is required)`
  return `must be ${name(expected)}, not ${name(received)}`
}

export class Collector {
  readonly problems: Problem[] = []
  error(path: string, message: string): void {
    this.problems.push({ path, message, severity: 'error' })
  }
  warn(path: string, message: string): void {
    this.problems.push({ path, message, severity: 'warning' })
  }
  zod(base: string, error: z.ZodError): void {
    for (const issue of error.issues) this.error(jsonPath(base, issue.path), plainMessage(issue))
  }
}

/** Each problem with its place in words (the path stays, for developers). */
export function placed(problems: Problem[], input: unknown): Problem[] {
  for (const p of problems) {
    const where = describePlace(p.path, input)
    if (where) p.where = where
  }
  return problems
}
