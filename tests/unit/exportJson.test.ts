import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { exportJson, toRawDocument } from '../../src/data-io/exportJson'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { arbitraryDocument } from '../fixtures/arbitraryDocument'
import { sampleDocument } from '../fixtures/sampleDocument'

const SEED = 20250815

describe('JSON export', () => {
  it('gives back the same document when its export is imported (property, seeded)', () => {
    fc.assert(
      fc.property(arbitraryDocument, (input) => {
        const first = parseTimeline(input)
        expect(first.document).not.toBeNull()
        const again = parseTimeline(JSON.parse(exportJson(first.document!)))
        expect(again.problems).toEqual([])
        expect(again.document).toEqual(first.document)
      }),
      { seed: SEED, numRuns: 150 },
    )
  }, 60_000)

  it('writes times in the document’s zone, with its offset', () => {
    const { document } = parseTimeline({
      timezone: 'America/Anchorage',
      events: [
        { id: 'a', kind: 'k', title: 'T', start: '2025-08-15T18:20:00Z' },
        { id: 'b', kind: 'k', title: 'Day', start: '2025-08-16' },
      ],
    })
    const raw = toRawDocument(document!)
    expect(raw.events.map((e) => e.start)).toEqual(['2025-08-15T10:20:00-08:00', '2025-08-16'])
  })

  it('writes plain speaker names back when the document had no speakers list', () => {
    const { document } = parseTimeline({
      events: [
        {
          id: 'a',
          kind: 'k',
          title: 'T',
          start: '2025-08-15T18:20:00Z',
          quotes: [{ id: 'q', speaker: 'Jo Public', text: 'Hi.' }],
        },
      ],
    })
    const raw = toRawDocument(document!)
    expect(raw.speakers).toBeUndefined()
    expect(raw.events[0]?.quotes?.[0]?.speaker).toBe('Jo Public')
  })

  it('names the published schema in "$schema" when asked, and drops non-http links', () => {
    const { document } = parseTimeline(sampleDocument)
    const json = JSON.parse(exportJson(document!, 'https://example.org/schema/quoteline-1.json'))
    expect(json.$schema).toBe('https://example.org/schema/quoteline-1.json')
    expect(JSON.stringify(json)).not.toContain('javascript:')
  })
})
