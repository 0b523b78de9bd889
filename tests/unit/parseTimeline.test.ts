import { describe, expect, it } from 'vitest'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { sampleDocument } from '../fixtures/sampleDocument'

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T
const paths = (input: unknown) => parseTimeline(input).problems.map((p) => p.path)

describe('parseTimeline', () => {
  it('accepts the contract’s minimal document, sorts events by start and says they were not', () => {
    const { document, problems } = parseTimeline({
      events: [
        { id: 'b', kind: 'meeting', title: 'Later', start: '2026-03-04T21:00:00Z' },
        { id: 'a', kind: 'meeting', title: 'Earlier', start: '2026-03-04T19:30:00+01:00' },
      ],
    })
    expect(problems).toEqual([
      expect.objectContaining({ path: '$.events[1]', severity: 'warning' }),
    ])
    expect(document?.timezone).toBe('UTC')
    expect(document?.events.map((e) => e.id)).toEqual(['a', 'b'])
    expect(document?.events[0]?.startMs).toBe(Date.UTC(2026, 2, 4, 18, 30))
  })

  it('never throws, whatever JSON value it is given', () => {
    for (const value of [
      null,
      0,
      'x',
      [],
      true,
      {},
      { events: 'no' },
      { events: [null, 1, 'x', []] },
    ]) {
      expect(() => parseTimeline(value)).not.toThrow()
      expect(parseTimeline(value).document).toBeNull()
      expect(parseTimeline(value).problems.length).toBeGreaterThan(0)
    }
  })

  it('reports each problem with its JSON path and skips only the bad event', () => {
    const doc = clone(sampleDocument) as { events: Record<string, unknown>[] }
    doc.events[1]!.start = '2025-02-30T10:00:00Z'
    const { document, problems } = parseTimeline(doc)
    expect(document?.events.map((e) => e.id)).toEqual(['opening', 'close'])
    const problem = problems.find((p) => p.path === '$.events[1].start')
    expect(problem?.message).toMatch(/not a real calendar date/)
    expect(problem?.severity).toBe('error')
  })

  it('requires URL-safe event ids, since they appear in #event= links', () => {
    const { problems } = parseTimeline({
      events: [
        { id: 'a b', kind: 'k', title: 'T', start: '2026-01-01T10:00:00Z' },
        { id: 'ok', kind: 'k', title: 'T', start: '2026-01-01T10:00:00Z' },
      ],
    })
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.events[0].id', severity: 'error' }),
    )
  })

  it('rejects times without an offset instead of guessing a zone', () => {
    expect(
      paths({ events: [{ id: 'a', kind: 'k', title: 'T', start: '2026-03-04T19:30:00' }] }),
    ).toContain('$.events[0].start')
  })

  it('reads a date without a time as a whole calendar day in the document zone', () => {
    const { document } = parseTimeline({
      timezone: 'America/Anchorage',
      events: [{ id: 'd', kind: 'k', title: 'Day', start: '2025-08-15' }],
    })
    const e = document?.events[0]
    expect(e?.start.precision).toBe('day')
    expect(e?.startMs).toBe(Date.UTC(2025, 7, 15, 8))
    expect(e?.endMs).toBe(Date.UTC(2025, 7, 16, 8) - 1)
  })

  it('reports duplicate ids and unknown speakers, and keeps the rest', () => {
    const doc = clone(sampleDocument) as {
      events: { id: string; quotes?: { speaker: string }[] }[]
    }
    doc.events[2]!.id = 'opening'
    doc.events[1]!.quotes![1]!.speaker = 'nobody'
    const { document, problems } = parseTimeline(doc)
    expect(document?.events.map((e) => e.id)).toEqual(['opening', 'vote'])
    expect(document?.quotes.map((q) => q.id)).toEqual(['q-open', 'q-promise'])
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['$.events[2].id', '$.events[1].quotes[1].speaker']),
    )
  })

  it('keeps only http and https links', () => {
    const { document, problems } = parseTimeline(sampleDocument)
    expect(document?.sources.find((s) => s.id === 'bad')?.url).toBeUndefined()
    expect(document?.sources.find((s) => s.id === 'minutes')?.url).toBe(
      'https://example.org/minutes',
    )
    expect(problems).toContainEqual(
      expect.objectContaining({ path: '$.sources[1].url', severity: 'warning' }),
    )
  })

  it('draws an event whose end is before its start as an instant, and says so', () => {
    const { document, problems } = parseTimeline({
      events: [
        {
          id: 'x',
          kind: 'k',
          title: 'T',
          start: '2026-01-01T10:00:00Z',
          end: '2026-01-01T09:00:00Z',
        },
      ],
    })
    expect(document?.events[0]?.end).toBeUndefined()
    expect(problems[0]?.path).toBe('$.events[0].end')
  })

  it('treats a plain speaker name as the speaker when there is no speakers list', () => {
    const { document } = parseTimeline({
      events: [
        {
          id: 'x',
          kind: 'k',
          title: 'T',
          start: '2026-01-01T10:00:00Z',
          quotes: [{ id: 'q', speaker: 'Jo Public', text: 'Hi.' }],
        },
      ],
    })
    expect(document?.speakers.map((s) => s.name)).toEqual(['Jo Public'])
    expect(document?.quotes[0]?.speakerId).toBe(document?.speakers[0]?.id)
  })

  it('carries precision, bounds and notes of uncertain times', () => {
    const { document } = parseTimeline({
      timezone: 'America/Anchorage',
      events: [
        {
          id: 'press',
          kind: 'press-availability',
          title: 'Press',
          start: '2025-08-15T14:10:00-08:00',
          timing: {
            start: {
              precision: 'window',
              earliest: '2025-08-15T14:10:00-08:00',
              latest: '2025-08-15T15:00:00-08:00',
              note: 'Only bounds are known.',
            },
          },
        },
      ],
    })
    const e = document!.events[0]!
    expect(e.start.precision).toBe('window')
    expect(e.endMs - e.startMs).toBe(50 * 60_000)
    expect(e.start.note).toBe('Only bounds are known.')
  })

  it('falls back to UTC for an unknown time zone and says so', () => {
    const { document, problems } = parseTimeline({
      timezone: 'Mars/Olympus',
      events: [{ id: 'x', kind: 'k', title: 'T', start: '2026-01-01T10:00:00Z' }],
    })
    expect(document?.timezone).toBe('UTC')
    expect(problems[0]?.path).toBe('$.timezone')
  })

  it('does not let __proto__ keys pollute objects', () => {
    const input = JSON.parse(
      '{"__proto__":{"polluted":true},"events":[{"id":"x","kind":"k","title":"T","start":"2026-01-01T10:00:00Z","__proto__":{"polluted":true}}]}',
    ) as unknown
    const { document } = parseTimeline(input)
    expect(document?.events).toHaveLength(1)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
