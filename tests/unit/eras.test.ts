import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { exportJson } from '../../src/data-io/exportJson'
import { parseTimelineJs } from '../../src/data-io/timelinejs/convert'
import { parseTimeline } from '../../src/domain/parseTimeline'

const council = () => JSON.parse(readFileSync('tests/fixtures/council/council.json', 'utf8'))

describe('eras', () => {
  it('reads eras as bands in time order, an end date covering its whole day', () => {
    const raw = council()
    raw.eras = [
      { title: 'Later', start: '2026-03-04', end: '2026-03-05' },
      {
        title: 'The bus-lane item',
        start: '2026-03-03T18:35:00-06:00',
        end: '2026-03-03T20:48:00-06:00',
      },
    ]
    const { document, problems } = parseTimeline(raw)
    expect(problems).toEqual([])
    expect(document!.eras!.map((e) => e.title)).toEqual(['The bus-lane item', 'Later'])
    expect(document!.eras![1]!.endMs).toBe(Date.UTC(2026, 2, 6, 6) - 1)
    // Eras are not events.
    expect(document!.events).toHaveLength(8)
    const again = parseTimeline(JSON.parse(exportJson(document!))).document!
    expect(again.eras).toEqual(document!.eras)
  })

  it('skips an era it cannot read, and says which', () => {
    const raw = council()
    raw.eras = [
      { title: 'Broken', start: '2026-02-30', end: '2026-03-01' },
      { start: '2026-03-01' },
    ]
    const { document, problems } = parseTimeline(raw)
    expect(document!.eras).toBeUndefined()
    expect(problems.map((p) => p.path)).toEqual([
      '$.eras[0].start',
      '$.eras[1].title',
      '$.eras[1].end',
    ])
  })

  it('maps TimelineJS eras onto eras, whole years included', () => {
    const input = JSON.parse(readFileSync('tests/fixtures/timelinejs/library-history.json', 'utf8'))
    const { document } = parseTimelineJs(input)
    expect(document!.events.some((e) => e.kind === 'era')).toBe(false)
    expect(document!.eras).toEqual([
      expect.objectContaining({
        title: 'The first building',
        startMs: Date.UTC(1901, 0, 1),
        endMs: Date.UTC(1950, 0, 1) - 1,
      }),
    ])
  })
})
