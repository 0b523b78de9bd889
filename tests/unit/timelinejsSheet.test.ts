import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readDocument } from '../../src/data-io/readDocument'
import { parseTimelineJsSheet } from '../../src/data-io/timelinejs/sheet'
import { describeEventTime } from '../../src/domain/formatTime'
import { parseTimeline } from '../../src/domain/parseTimeline'

const CHICAGO = 'America/Chicago'
const read = (name: string) => readFileSync(`tests/fixtures/council/${name}`, 'utf8')
const HEADER =
  'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background'

describe('TimelineJS sheets (the Google Sheets template as CSV)', () => {
  it('opens the council sheet like the council file: title, era, kinds, dates, words', () => {
    const json = parseTimeline(JSON.parse(read('council.json'))).document!
    const { document, problems } = parseTimelineJsSheet(
      read('council-timelinejs-sheet.csv'),
      CHICAGO,
    )
    expect(problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(document!.title).toBe(json.title)
    expect(document!.description).toBe(json.description)
    expect(document!.eras?.map((e) => e.title)).toEqual(['The bus-lane item'])
    const slim = (d: typeof json) =>
      d.events.map((e) => ({ kind: e.kind, title: e.title, startMs: e.startMs, endMs: e.endMs }))
    expect(slim(document!)).toEqual(slim(json))
    expect(document!.events[4]!.summary).toContain('the riders cannot wait for a third.')
    expect(document!.events[4]!.summary).not.toContain('<blockquote>')
  })

  it('keeps partial dates’ precision and names the sheet line of a problem', () => {
    const text = [
      HEADER,
      '1943,7,,,1946,12,,,,The war years,,,,,,,history,',
      '1815,,,,,,,,,A year alone,,,,,,,history,',
      '2026,2,30,,,,,,,Not a day,,,,,,,history,',
    ].join('\n')
    const { document, problems } = parseTimelineJsSheet(text)
    const [year, war] = document!.events
    expect(describeEventTime(war!, 'UTC')).toBe('July 1943 – December 1946')
    expect(describeEventTime(year!, 'UTC')).toBe('1815')
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'line 4 ($.events[2].start_date.day)',
        line: 4,
        severity: 'error',
      }),
    )
  })

  it('is recognised by readDocument from its header, as a file or pasted', async () => {
    const text = `${HEADER}\n2026,3,3,6:30 PM,,,,,,Call to order,,,,,,,procedure,\n`
    for (const hint of [{ name: 'sheet.csv' }, {}]) {
      const outcome = await readDocument(text, hint)
      expect(outcome.ok && outcome.result.document?.events[0]?.kind).toBe('procedure')
    }
  })

  it('is read the same when its rows are copied from the sheet (tabs) and pasted', async () => {
    const cells = ['2026', '3', '3', '6:30 PM', '', '', '', '', '', 'Call to order, at last']
    const row = [...cells, '', '', '', '', '', '', 'procedure', '']
    const csv = `${HEADER}\n${row.map((c) => (c.includes(',') ? `"${c}"` : c)).join(',')}\n`
    const tabs = `${HEADER.replaceAll(',', '\t')}\n${row.join('\t')}\n`
    const events = async (text: string) => {
      const outcome = await readDocument(text, {})
      return outcome.ok ? outcome.result.document?.events : undefined
    }
    const pasted = await events(tabs)
    expect(pasted?.map((e) => [e.kind, e.title, e.startMs])).toEqual(
      (await events(csv))?.map((e) => [e.kind, e.title, e.startMs]),
    )
    expect(pasted?.[0]).toMatchObject({ kind: 'procedure', title: 'Call to order, at last' })
  })
})
