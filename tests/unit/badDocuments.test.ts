import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsvTimeline } from '../../src/data-io/csv/importCsv'
import { parseTimeline } from '../../src/domain/parseTimeline'
import type { ParseResult } from '../../src/domain/types'

/**
 * Each bad document in tests/fixtures/bad sits next to `<name>.expected.json`: the events that
 * must still be drawn (null: the document must be refused) and every problem it must produce.
 */

interface Expected {
  drawn: string[] | null
  problems: { path: string; severity: 'error' | 'warning'; message: string }[]
}

const DIR = 'tests/fixtures/bad'
const documents = readdirSync(DIR).filter((f) => !f.endsWith('.expected.json'))

function parse(file: string): ParseResult {
  const text = readFileSync(`${DIR}/${file}`, 'utf8')
  return file.endsWith('.csv') ? parseCsvTimeline(text) : parseTimeline(JSON.parse(text))
}

describe('bad documents', () => {
  it('has an expectation for every document, and a document for every expectation', () => {
    const expected = readdirSync(DIR).filter((f) => f.endsWith('.expected.json'))
    expect(expected.map((f) => f.replace('.expected.json', '')).sort()).toEqual(
      documents.map((f) => f.replace(/\.(json|csv)$/, '')).sort(),
    )
    expect(documents.length).toBeGreaterThanOrEqual(10)
  })

  it.each(documents)('%s produces exactly its expected problems', (file) => {
    const expected = JSON.parse(
      readFileSync(`${DIR}/${file.replace(/\.(json|csv)$/, '')}.expected.json`, 'utf8'),
    ) as Expected
    const { document, problems } = parse(file)
    expect(document?.events.map((e) => e.id) ?? null).toEqual(expected.drawn)
    expect(problems.map(({ path, severity, message }) => ({ path, severity, message }))).toEqual(
      expected.problems,
    )
    if (expected.drawn === null) expect(problems.some((p) => p.severity === 'error')).toBe(true)
  })
})
