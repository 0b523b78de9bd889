import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsvTimeline } from '../../src/data-io/csv/importCsv'
import { parseTimelineJs } from '../../src/data-io/timelinejs/convert'
import { describeEventWhen, formatSpan } from '../../src/domain/formatSpan'
import { parseTimeline } from '../../src/domain/parseTimeline'
import type { TimelineDocument } from '../../src/domain/types'

/** The invented council evening, written three ways: it must read the same every way. */

const read = (name: string) => readFileSync(`tests/fixtures/council/${name}`, 'utf8')
const CHICAGO = 'America/Chicago'
const KINDS = ['procedure', 'public-comment', 'recess', 'debate', 'vote']

function fromJson(): TimelineDocument {
  const r = parseTimeline(JSON.parse(read('council.json')))
  expect(r.problems).toEqual([])
  return r.document!
}

const summary = (doc: TimelineDocument) =>
  doc.events.map((e) => ({ id: e.id, kind: e.kind, startMs: e.startMs, endMs: e.endMs }))

describe('the council story', () => {
  it('reads from JSON: 8 events, 10 quotes, 5 kinds, in Chicago time', () => {
    const doc = fromJson()
    expect(doc.timezone).toBe(CHICAGO)
    expect(doc.events).toHaveLength(8)
    expect(doc.quotes).toHaveLength(10)
    expect([...new Set(doc.events.map((e) => e.kind))].sort()).toEqual([...KINDS].sort())
    expect(describeEventWhen(doc.events[0]!, CHICAGO)).toBe(
      'Tuesday, March 3, 2026, 6:30 PM CST to 6:34 PM CST',
    )
    expect(formatSpan(doc)).toBe('Tuesday, March 3, 2026')
  })

  it('reads the same from CSV: dates, kinds and every quote with its speaker', () => {
    const json = fromJson()
    const r = parseCsvTimeline(read('council.csv'))
    expect(r.problems).toEqual([])
    const doc = r.document!
    expect(doc.title).toBe(json.title)
    expect(doc.timezone).toBe(CHICAGO)
    expect(summary(doc)).toEqual(summary(json))
    const said = (d: TimelineDocument) =>
      d.quotes.map((q) => [q.eventId, d.speakers.find((s) => s.id === q.speakerId)?.name, q.text])
    expect(said(doc)).toEqual(said(json))
  })

  it('shows a CSV without a document row at the offset its times carry, and says so', () => {
    const rows = read('council.csv').split('\n')
    const r = parseCsvTimeline([rows[0], ...rows.slice(2)].join('\n'))
    const doc = r.document!
    expect(doc.timezone).toBe('Etc/GMT+6')
    expect(describeEventWhen(doc.events[0]!, doc.timezone)).toMatch(
      /^Tuesday, March 3, 2026, 6:30 PM/,
    )
    expect(r.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('shown at that offset (UTC-06:00)'),
      }),
    ])
  })

  it('falls back to UTC, with a warning, when a CSV’s offsets differ', () => {
    const text = read('council.csv').replace(
      '2026-03-03T21:05:00-06:00',
      '2026-03-03T22:05:00-05:00',
    )
    const r = parseCsvTimeline(
      text
        .split('\n')
        .filter((l) => !l.startsWith('document'))
        .join('\n'),
    )
    expect(r.document!.timezone).toBe('UTC')
    expect(r.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('different UTC offsets (-05:00, -06:00)'),
    ])
  })

  it('reads the same from TimelineJS: dates, kinds, and the quotes’ words in the text', () => {
    const json = fromJson()
    const r = parseTimelineJs(JSON.parse(read('council-timelinejs.json')), CHICAGO)
    const doc = r.document!
    expect(doc.title).toBe(json.title)
    expect(doc.eras?.map((e) => e.title)).toEqual(['The bus-lane item'])
    const events = doc.events
    expect(
      events.map((e) => ({ id: e.id, kind: e.kind, startMs: e.startMs, endMs: e.endMs })),
    ).toEqual(summary(json))
    for (const q of json.quotes) {
      expect(events.find((e) => e.id === q.eventId)?.summary).toContain(q.text)
    }
  })
})
