import { readFileSync } from 'node:fs'
import { csvParseRows } from 'd3-dsv'
import { describe, expect, it } from 'vitest'
import { parseTabRows } from '../../src/data-io/csv/tabRows'
import { readDraftInput, templateCsv, type DraftInput } from '../../src/data-io/draftInput'
import { buildStandalonePage } from '../../src/embed/standalonePage'

const read = (name: string) => readFileSync(`tests/fixtures/council/${name}`, 'utf8')
const CHICAGO = { timeZone: 'America/Chicago' }

type Ok = Extract<DraftInput, { ok: true }>
function ok(input: DraftInput): Ok {
  if (!input.ok) throw new Error(`expected a document, got: ${input.message}`)
  return input
}
const errors = (input: Ok) => input.problems.filter((p) => p.severity === 'error')
const eventTitles = (raw: unknown) =>
  ((raw as { events: { title: string }[] }).events ?? []).map((e) => e.title)

/**
 * Cells as each spreadsheet puts them on the clipboard: tabs between cells; a cell with a line
 * break (LibreOffice: also one with a quote mark) in quotes with its quotes doubled.
 */
function copiedFrom(app: 'sheets' | 'excel' | 'libreoffice', rows: string[][]): string {
  const quoteIf = (cell: string) =>
    /[\n\r\t]/.test(cell) || (app === 'libreoffice' && cell.includes('"'))
      ? `"${cell.replace(/"/g, '""')}"`
      : cell
  const lines = rows.map((r) => r.map(quoteIf).join('\t'))
  if (app === 'excel') return `${lines.join('\r\n')}\r\n`
  return app === 'libreoffice' ? `${lines.join('\n')}\n` : lines.join('\n')
}

describe('readDraftInput: any input as the document as written', () => {
  it('keeps a JSON document exactly as written, invalid fields included, with its problems', () => {
    const doc = { version: 1, title: 'T', timezone: 'UTC', events: [{ id: 'a', start: 'soon' }] }
    const input = ok(readDraftInput(JSON.stringify(doc)))
    expect(input.format).toBe('json')
    expect(input.raw).toEqual(doc)
    expect(errors(input).map((p) => p.path)).toContain('$.events[0].kind')
  })

  it('says where a JSON file breaks, and gives no document', () => {
    const input = readDraftInput('{"title": "T",\n "events": [}', { name: 'x.json' })
    expect(input).toEqual({ ok: false, message: expect.stringMatching(/not valid JSON.*Line 2/) })
  })

  it('converts a TimelineJS file into the format, like the reader opens it', () => {
    const input = ok(readDraftInput(read('council-timelinejs.json'), CHICAGO))
    expect(input.format).toBe('timelinejs')
    expect(errors(input)).toEqual([])
    expect(eventTitles(input.raw)).toContain('The mayor calls the meeting to order')
  })

  it('reads a CSV file of the project’s format, problems at their lines', () => {
    const csv = read('council.csv')
    const input = ok(readDraftInput(csv, { name: 'council.csv' }))
    expect(input.format).toBe('csv')
    expect(errors(input)).toEqual([])
    expect((input.raw as { timezone: string }).timezone).toBe('America/Chicago')
    const bad = ok(readDraftInput('kind,title,start\nmeeting,Vote,tomorrow\n'))
    expect(errors(bad)[0]).toMatchObject({ path: 'line 2, column "start"', line: 2 })
  })

  it('reads TimelineJS’s template sheet downloaded as CSV', () => {
    const input = ok(readDraftInput(read('council-timelinejs-sheet.csv'), CHICAGO))
    expect(input.format).toBe('timelinejs')
    expect(errors(input)).toEqual([])
    expect((input.raw as { title: string }).title).toMatch(/Springfield council/)
  })

  for (const app of ['sheets', 'excel', 'libreoffice'] as const) {
    it(`reads rows pasted from ${app} (tabs) as the same CSV would be read`, () => {
      const rows = csvParseRows(read('council.csv'))
      const fromCsv = ok(readDraftInput(read('council.csv')))
      const pasted = ok(readDraftInput(copiedFrom(app, rows)))
      expect(pasted.format).toBe('csv')
      expect(pasted.raw).toEqual(fromCsv.raw)
      expect(pasted.problems).toEqual(fromCsv.problems)
    })

    it(`reads TimelineJS template rows pasted from ${app}`, () => {
      const rows = csvParseRows(read('council-timelinejs-sheet.csv'))
      const fromCsv = ok(readDraftInput(read('council-timelinejs-sheet.csv'), CHICAGO))
      const pasted = ok(readDraftInput(copiedFrom(app, rows), CHICAGO))
      expect(pasted.format).toBe('timelinejs')
      expect(pasted.raw).toEqual(fromCsv.raw)
    })
  }

  it('keeps a pasted cell that starts with a quote mark as written, and counts lines in cells', () => {
    const text = [
      'kind\ttitle\tstart\tspeaker\tquote',
      'vote\t"Yes," she said\t2026-01-01T10:00:00Z\tA\tWe agree.',
      'vote\t"Two\nlines"\tnever\tB\tNo.',
      'vote\tLast\t2026-01-01T12:00:00Z\tC\tDone.',
    ].join('\n')
    const input = ok(readDraftInput(text))
    expect(eventTitles(input.raw)).toEqual(['"Yes," she said', 'Two\nlines', 'Last'])
    expect(errors(input)[0]).toMatchObject({ line: 3 })
    expect(parseTabRows(text).starts).toEqual([1, 2, 3, 5])
  })

  it('opens a standalone embed page by reading the document inside it', () => {
    const doc = { version: 1, title: 'A </script> title', timezone: 'UTC', events: [] }
    const template =
      '<!doctype html><html><head><meta name="description" content="" /><title>x</title>' +
      '<script type="application/json">{"not":"this one"}</script></head><body><div id="root"></div></body></html>'
    const html = buildStandalonePage(template, JSON.stringify(doc), { title: doc.title })
    const input = ok(readDraftInput(html, { name: 'council.html' }))
    expect(input.format).toBe('standalone')
    expect(input.raw).toEqual(doc)
  })

  it('says plainly when a page carries no timeline, or the input is empty', () => {
    const page = readDraftInput('<!doctype html><p>Hello</p>')
    expect(page).toEqual({ ok: false, message: expect.stringMatching(/carries no timeline/) })
    expect(readDraftInput('  \n')).toEqual({ ok: false, message: expect.stringMatching(/empty/) })
  })

  it('tells what is missing when pasted rows have no header row', () => {
    const input = ok(readDraftInput('meeting\tVote\t2026-01-01T10:00:00Z\n'))
    expect(errors(input)[0]?.message).toMatch(/The header has no "kind", "title", "start" column/)
    expect(eventTitles(input.raw)).toEqual([])
  })
})

describe('templateCsv', () => {
  it('is the CSV format’s header and an event with one quote, read back without problems', () => {
    const text = templateCsv()
    const [header, event, quote] = csvParseRows(text)
    expect(header).toEqual(expect.arrayContaining(['event_id', 'kind', 'title', 'start', 'quote']))
    expect(event?.[0]).toBe(quote?.[0])
    const input = ok(readDraftInput(text, { name: 'template.csv' }))
    expect(input.problems).toEqual([])
    const events = (input.raw as { events: { quotes?: { speaker: string }[] }[] }).events
    expect(events).toHaveLength(1)
    expect(events[0]?.quotes).toHaveLength(1)
    expect(text).toMatch(/Example/)
  })
})
