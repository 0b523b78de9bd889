import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { MAX_EVENTS } from '../../src/domain/schema'
import type { ParseResult } from '../../src/domain/types'

const SEED = 4317
const event = (over: Record<string, unknown> = {}) => ({
  id: 'x',
  kind: 'k',
  title: 'T',
  start: '2026-01-01T10:00:00Z',
  ...over,
})
const finite = ({ document }: ParseResult) =>
  (document?.events ?? []).every(
    (e) =>
      [e.startMs, e.endMs, e.start.ms, e.start.earliestMs, e.start.latestMs].every(
        Number.isFinite,
      ) &&
      (e.end === undefined || Number.isFinite(e.end.ms)),
  )

/** Values shaped like a document, with any JSON value in any field: reaches the deep paths. */
const fuzzyDocument = fc.record({
  timezone: fc.oneof(fc.constantFrom('UTC', 'Mars/Olympus', ''), fc.jsonValue()),
  speakers: fc.oneof(
    fc.array(fc.record({ id: fc.string(), name: fc.jsonValue() })),
    fc.jsonValue(),
  ),
  events: fc.array(
    fc.record({
      id: fc.oneof(fc.constantFrom('a', 'b', '__proto__', 'constructor'), fc.string()),
      kind: fc.oneof(fc.constant('k'), fc.jsonValue()),
      title: fc.oneof(fc.constant('T'), fc.jsonValue()),
      start: fc.oneof(
        fc.constantFrom('2025-02-30', '', '275761-01-01', '2025-08-15', '2025-08-15T10:00:00Z'),
        fc.string(),
        fc.jsonValue(),
      ),
      end: fc.oneof(
        fc.constantFrom('2024-01-01T00:00:00Z', '9999-12-31T23:59:59+14:00'),
        fc.string(),
      ),
      timing: fc.jsonValue(),
      quotes: fc.oneof(fc.array(fc.dictionary(fc.string(), fc.jsonValue())), fc.jsonValue()),
    }),
  ),
})

describe('untrusted input', () => {
  it('parseTimeline never throws on any JSON value, and draws no NaN (property, seeded)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything(), fuzzyDocument), (value) => {
        const result = parseTimeline(value)
        expect(finite(result)).toBe(true)
        // The parser's last-resort catch must never be what handled the value.
        expect(result.problems.map((p) => p.message)).not.toContainEqual(
          expect.stringMatching(/could not be read/),
        )
        if (result.document === null) {
          expect(result.problems.some((p) => p.severity === 'error')).toBe(true)
        }
      }),
      { seed: SEED, numRuns: 1500 },
    )
  }, 60_000)

  it('reports impossible dates as errors and skips those events', () => {
    for (const start of [
      '2025-02-30',
      '',
      '275761-01-01',
      '+275761-09-13T00:00:00Z',
      '2025-08-15T24:00:00Z',
    ]) {
      const result = parseTimeline({ events: [event({ start }), event({ id: 'ok' })] })
      expect(result.document?.events.map((e) => e.id)).toEqual(['ok'])
      expect(result.problems).toContainEqual(
        expect.objectContaining({ path: '$.events[0].start', severity: 'error' }),
      )
    }
  })

  it('keeps links only for http and https', () => {
    const urls = [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//example.org/relative',
      'https://example.org/ok',
    ]
    const { document, problems } = parseTimeline({
      sources: urls.map((url, i) => ({ id: `s${i}`, title: 'S', url })),
      events: [event()],
    })
    expect(document?.sources.flatMap((s) => (s.url ? [s.url] : []))).toEqual([
      'https://example.org/ok',
    ])
    expect(problems.filter((p) => p.path.endsWith('.url'))).toHaveLength(6)
  })

  it('keeps script and markup payloads as the literal text they are', () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(1)>'
    const { document } = parseTimeline({ title: payload, events: [event({ title: payload })] })
    expect(document?.title).toBe(payload)
    expect(document?.events[0]?.title).toBe(payload)
  })

  it('lets __proto__ and constructor keys and ids pollute nothing', () => {
    const input = JSON.parse(`{
      "__proto__": { "polluted": true },
      "constructor": { "prototype": { "polluted": true } },
      "speakers": [{ "id": "__proto__", "name": "P" }, { "id": "constructor", "name": "C" }],
      "events": [{ "id": "constructor", "kind": "k", "title": "T", "start": "2026-01-01",
        "__proto__": { "polluted": true },
        "quotes": [{ "id": "__proto__", "speaker": "constructor", "text": "hi", "__proto__": {} }] }]
    }`) as unknown
    const { document, problems } = parseTimeline(input)
    expect(document?.quotes[0]?.speakerId).toBe('constructor')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(problems.filter((p) => p.severity === 'warning').map((p) => p.path)).toEqual([
      '$.__proto__',
      '$.constructor',
      '$.events[0].__proto__',
      '$.events[0].quotes[0].__proto__',
    ])
  })

  it('reports unknown fields at any depth as warnings and still draws the document', () => {
    const { document, problems } = parseTimeline({
      titel: 'typo',
      events: [event({ colour: 'red', timing: { start: { precision: 'exact', why: 1 } } })],
    })
    expect(document?.events).toHaveLength(1)
    expect(problems).toEqual([
      expect.objectContaining({ path: '$.titel', severity: 'warning' }),
      expect.objectContaining({ path: '$.events[0].colour', severity: 'warning' }),
      expect.objectContaining({ path: '$.events[0].timing.start.why', severity: 'warning' }),
    ])
  })

  it('refuses a version it does not know', () => {
    const { document, problems } = parseTimeline({ version: 2, events: [event()] })
    expect(document).toBeNull()
    expect(problems[0]).toMatchObject({ path: '$.version', severity: 'error' })
    expect(problems[0]?.message).toMatch(/version 1/)
  })

  it('limits string lengths with a plain message', () => {
    const { problems } = parseTimeline({
      events: [event({ title: 'x'.repeat(201) }), event({ id: 'y' })],
    })
    expect(problems[0]).toMatchObject({
      path: '$.events[0].title',
      message: 'must be at most 200 characters',
    })
  })

  it('refuses more events than the limit, saying how many are allowed', () => {
    const { document, problems } = parseTimeline({ events: new Array(MAX_EVENTS + 1).fill(0) })
    expect(document).toBeNull()
    expect(problems[0]?.message).toMatch(/more than 250,000 events/)
  })

  it('accepts 200,000 events', () => {
    const base = Date.UTC(2026, 0, 1)
    const events = Array.from({ length: 200_000 }, (_, i) =>
      event({ id: `e${i}`, start: new Date(base + i * 60_000).toISOString() }),
    )
    const { document, problems } = parseTimeline({ events })
    expect(problems).toEqual([])
    expect(document?.events).toHaveLength(200_000)
  }, 120_000)
})
