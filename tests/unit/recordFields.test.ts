import { describe, expect, it } from 'vitest'
import { exportJson } from '../../src/data-io/exportJson'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { resolveQuoteId } from '../../src/domain/quoteLinks'

/** An invented two-quote document with the record's own fields. */
const raw = {
  version: 1,
  title: 'Record fields',
  about: 'Every quote is checked against the minutes.',
  corrections: [
    { date: '2026-03-06', text: 'The vote was at 19:30, not 19:00.' },
    { date: 'yesterday', text: 'Not a date: dropped.' },
  ],
  sources: [
    { id: 'minutes', title: 'Minutes' },
    { id: 'paper', title: 'Paper' },
  ],
  events: [
    {
      id: 'vote',
      kind: 'vote',
      title: 'Vote',
      start: '2026-03-04T19:30:00Z',
      quotes: [
        {
          id: 'q-one',
          speaker: 'Ana',
          text: 'We vote now.',
          sources: ['minutes', 'paper'],
          verbatimIn: ['minutes', 'radio'],
          aliases: ['q-old', 'q-older'],
        },
        { id: 'q-two', speaker: 'Rui', text: 'Agreed.', aliases: ['q-one', 'q-old', 'q-two-old'] },
      ],
    },
  ],
}

const parsed = parseTimeline(raw)
const doc = parsed.document!

describe('the record fields of the format', () => {
  it('keeps about and the corrections written as YYYY-MM-DD, and reports the others', () => {
    expect(doc.about).toBe('Every quote is checked against the minutes.')
    expect(doc.corrections).toEqual([
      { date: '2026-03-06', text: 'The vote was at 19:30, not 19:00.' },
    ])
    expect(parsed.problems.map((p) => p.path)).toContain('$.corrections[1].date')
  })

  it('keeps verbatimIn to the quote’s own sources and warns about any other id', () => {
    const q = doc.quotes.find((x) => x.id === 'q-one')!
    expect(q.sourceIds).toEqual(['minutes', 'paper'])
    expect(q.verbatimIn).toEqual(['minutes'])
    expect(parsed.problems).toContainEqual(
      expect.objectContaining({
        path: '$.events[0].quotes[0].verbatimIn[1]',
        message: '"radio" is not among this quote\'s sources; it is ignored.',
        severity: 'warning',
      }),
    )
  })

  it('never lets an alias take another quote’s id or alias', () => {
    expect(doc.quotes.find((x) => x.id === 'q-one')?.aliases).toEqual(['q-old', 'q-older'])
    expect(doc.quotes.find((x) => x.id === 'q-two')?.aliases).toEqual(['q-two-old'])
    const paths = parsed.problems.map((p) => p.path)
    expect(paths).toContain('$.events[0].quotes[1].aliases[0]')
    expect(paths).toContain('$.events[0].quotes[1].aliases[1]')
  })

  it('resolveQuoteId finds a quote by its id first, then by an alias, else nothing', () => {
    expect(resolveQuoteId(doc, 'q-two')).toBe('q-two')
    expect(resolveQuoteId(doc, 'q-old')).toBe('q-one')
    expect(resolveQuoteId(doc, 'q-two-old')).toBe('q-two')
    expect(resolveQuoteId(doc, 'q-missing')).toBeNull()
  })

  it('export writes them back, so the exported file parses to the same document', () => {
    const again = parseTimeline(JSON.parse(exportJson(doc)))
    expect(again.document).toEqual(doc)
    expect(again.problems).toEqual([])
  })
})
