import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportCsv } from '../../src/data-io/csv/exportCsv'
import { parseCsvTimeline } from '../../src/data-io/csv/importCsv'
import { recordLines } from '../../src/data-io/csv/recordLines'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { arbitraryDocument } from '../fixtures/arbitraryDocument'
import { sampleDocument } from '../fixtures/sampleDocument'

const SEED = 1608

describe('CSV import and export', () => {
  it('gives back the same document when its CSV export is imported (property, seeded)', () => {
    fc.assert(
      fc.property(arbitraryDocument, (input) => {
        const first = parseTimeline(input).document!
        const again = parseCsvTimeline(exportCsv(first))
        expect(again.problems).toEqual([])
        expect(again.document).toEqual(first)
      }),
      { seed: SEED, numRuns: 100 },
    )
  }, 60_000)

  it('writes texts that a spreadsheet would run as formulas after an apostrophe, and reads them back whole', () => {
    const texts = [
      '=HYPERLINK("https://evil.example","Click")',
      '+1 555 0100',
      '-- and then he left',
      '@reporter asked first',
      "'=already quoted",
      "It's fine",
    ]
    const doc = parseTimeline({
      ...sampleDocument,
      events: [
        {
          ...sampleDocument.events[0]!,
          quotes: texts.map((text, i) => ({ id: `t${i}`, speaker: 'ana', text })),
        },
      ],
    }).document!
    const csv = exportCsv(doc)
    const cells = csv.split('\n').flatMap((line) => line.split(','))
    for (const text of texts.slice(0, 4)) {
      // No cell of the file starts with the formula itself.
      expect(cells.some((c) => c.replace(/^"/, '').startsWith(text.slice(0, 5)))).toBe(false)
    }
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""Click"")"`)
    expect(csv).toContain(`''=already quoted`)
    expect(csv).toContain(`,It's fine,`)
    const again = parseCsvTimeline(csv)
    expect(again.problems).toEqual([])
    expect(again.document!.quotes.map((q) => q.text)).toEqual(texts)
  })

  it('reads a newsroom’s simple sheet: one row per quote, plain speaker names', () => {
    const csv = [
      'event_id,kind,title,start,speaker,quote',
      'vote,meeting,Budget vote,2026-03-04T19:30:00Z,Ana Example,"We can keep it, I think."',
      'vote,meeting,Budget vote,2026-03-04T19:30:00Z,Rui Sample,I doubt it.',
      'close,departure,Session closes,2026-03-04T21:05:00Z,,',
    ].join('\r\n')
    const { document, problems } = parseCsvTimeline(csv)
    expect(problems).toEqual([])
    expect(document?.events.map((e) => e.id)).toEqual(['vote', 'close'])
    expect(document?.quotes.map((q) => q.text)).toEqual(['We can keep it, I think.', 'I doubt it.'])
    expect(document?.speakers.map((s) => s.name)).toEqual(['Ana Example', 'Rui Sample'])
  })

  it('names the CSV line and column of each problem, counting line breaks inside cells', () => {
    const csv = [
      'event_id,kind,title,start,quote_id,speaker,quote',
      'a,meeting,"Two',
      'lines",2026-02-30T10:00:00Z,,,',
      'b,meeting,Fine,2026-03-01T10:00:00Z,q1,Jo,',
    ].join('\n')
    const { document, problems } = parseCsvTimeline(csv)
    expect(document?.events.map((e) => e.id)).toEqual(['b'])
    expect(problems).toContainEqual(
      expect.objectContaining({ line: 2, path: 'line 2, column "start"', severity: 'error' }),
    )
    expect(problems).toContainEqual(
      expect.objectContaining({ line: 4, path: 'line 4, column "quote"', severity: 'error' }),
    )
  })

  it('warns about unknown columns, an unknown column named __proto__ included, and pollutes nothing', () => {
    const csv = 'kind,title,start,__proto__,colour\nk,T,2026-01-01,{"polluted":true},red\n'
    const { document, problems } = parseCsvTimeline(csv)
    expect(document?.events).toHaveLength(1)
    expect(problems.map((p) => p.path)).toEqual([
      'line 1, column "__proto__"',
      'line 1, column "colour"',
    ])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('reports a missing required column and an empty file as errors, never an empty chart', () => {
    expect(parseCsvTimeline('title,start\nT,2026-01-01\n').document).toBeNull()
    expect(parseCsvTimeline('title,start\nT,2026-01-01\n').problems[0]?.message).toMatch(/"kind"/)
    expect(parseCsvTimeline('').document).toBeNull()
    expect(parseCsvTimeline('').problems[0]?.message).toMatch(/empty/)
  })

  it('warns when a later row of an event disagrees with its first row, and keeps the first', () => {
    const csv = 'event_id,kind,title,start\na,k,First,2026-01-01\na,k,Second,2026-01-01\n'
    const { document, problems } = parseCsvTimeline(csv)
    expect(document?.events[0]?.title).toBe('First')
    expect(problems).toEqual([expect.objectContaining({ line: 3, severity: 'warning' })])
  })

  it('writes one row per quote and one per event without quotes, after document, speaker and source rows', () => {
    const { document } = parseTimeline(sampleDocument)
    const lines = recordLines(exportCsv(document!))
    // header + document + 2 speakers + 1 source (the javascript: one keeps no link) + 3 quotes + 1 event
    expect(lines).toHaveLength(1 + 1 + 2 + 2 + 3 + 1)
    expect(exportCsv(document!)).not.toContain('javascript:')
  })

  it('finds the line on which each record starts, as d3-dsv splits records', () => {
    expect(recordLines('a,b\n"x\r\ny",z\nlast\n')).toEqual([1, 2, 4])
    expect(recordLines('a\r\rb')).toEqual([1, 2, 3])
  })
})
