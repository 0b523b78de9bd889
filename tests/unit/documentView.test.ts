import { describe, expect, it } from 'vitest'
import { exportCsv } from '../../src/data-io/csv/exportCsv'
import { parseCsvTimeline } from '../../src/data-io/csv/importCsv'
import { exportJson } from '../../src/data-io/exportJson'
import { documentExtent, initialView } from '../../src/domain/navigation'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { createTimelineStore } from '../../src/store/createTimelineStore'
import { sampleDocument } from '../fixtures/sampleDocument'

// The sample runs from 18:00 to 21:05 UTC on 4 March 2026, shown in Lisbon time (UTC+0 then).
const withView = (view: unknown) => parseTimeline({ ...sampleDocument, view })
const at = (h: number, m = 0) => Date.UTC(2026, 2, 4, h, m)

describe('the document’s view', () => {
  it('is read as two ISO 8601 instants', () => {
    const { document, problems } = withView({
      start: '2026-03-04T19:00:00Z',
      end: '2026-03-04T20:30:00+00:00',
    })
    expect(problems.filter((p) => p.path.startsWith('$.view'))).toEqual([])
    expect(document?.view).toEqual({ startMs: at(19), endMs: at(20, 30) })
  })

  it('sets the range a reader sees first, and its absence shows the whole document', () => {
    const doc = withView({ start: '2026-03-04T19:00:00Z', end: '2026-03-04T20:30:00Z' }).document!
    expect(createTimelineStore(doc).getState().viewport).toEqual({
      startMs: at(19),
      endMs: at(20, 30),
    })
    const whole = { ...doc }
    delete whole.view
    expect(initialView(whole)).toEqual(documentExtent(whole))
  })

  it('is kept within the document’s extent: "Fit all" is the widest a reader can see', () => {
    const doc = withView({ start: '2026-03-01T00:00:00Z', end: '2026-03-04T19:00:00Z' }).document!
    const [extentStart] = documentExtent(doc)
    expect(initialView(doc)).toEqual([extentStart, at(19)])
  })

  it('that cannot be read, is empty or misses every event is dropped with a problem that says why', () => {
    const cases: [unknown, string, 'error' | 'warning'][] = [
      [{ start: '19:00', end: '2026-03-04T20:00:00Z' }, '$.view.start', 'error'],
      [{ start: '2026-03-04T20:00:00Z', end: '2026-03-04T19:00:00Z' }, '$.view.end', 'error'],
      [{ start: '2030-01-01T00:00:00Z', end: '2030-01-02T00:00:00Z' }, '$.view', 'warning'],
      [{ start: '2026-03-04T19:00:00Z' }, '$.view.end', 'error'],
      ['the evening', '$.view', 'error'],
    ]
    for (const [view, path, severity] of cases) {
      const { document, problems } = withView(view)
      expect(document?.view, JSON.stringify(view)).toBeUndefined()
      expect(document?.events).toHaveLength(sampleDocument.events.length)
      const found = problems.filter((p) => p.path.startsWith('$.view'))
      expect(found, JSON.stringify(view)).toEqual([expect.objectContaining({ path, severity })])
      expect(found[0]?.message).not.toBe('')
    }
  })

  it('names an unknown field inside it', () => {
    const { problems } = withView({
      start: '2026-03-04T19:00:00Z',
      end: '2026-03-04T20:00:00Z',
      zoom: 3,
    })
    expect(problems.filter((p) => p.path.startsWith('$.view'))).toEqual([
      expect.objectContaining({ path: '$.view.zoom', severity: 'warning' }),
    ])
  })

  it('survives export to JSON and to CSV', () => {
    const doc = withView({ start: '2026-03-04T19:00:00Z', end: '2026-03-04T20:30:00Z' }).document!
    expect(parseTimeline(JSON.parse(exportJson(doc))).document?.view).toEqual(doc.view)
    const csv = exportCsv(doc)
    expect(csv.split('\n')[0]).toContain('view_start,view_end')
    expect(parseCsvTimeline(csv).document?.view).toEqual(doc.view)
  })
})
