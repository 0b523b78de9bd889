/**
 * Rows copied from Google Sheets, Excel or LibreOffice: cells separated by tabs, rows by line
 * breaks. A cell that holds a line break (or a tab) is written in double quotes with its own
 * quotes doubled, but a cell that merely starts with a quote mark ("Yes," she said) is written
 * as it is. So a cell is read as quoted only when its quotes close right before a tab, a line
 * break or the end; otherwise it is taken literally (d3-dsv would cut it at the closing quote).
 */

const TAB = 9
const LF = 10
const CR = 13
const QUOTE = 34

/** Where a quoted cell starting at `at` ends (just after its closing quote), or -1 if it is not one. */
function quotedEnd(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    if (text.charCodeAt(i) !== QUOTE) continue
    if (text.charCodeAt(i + 1) === QUOTE) {
      i++
      continue
    }
    const next = text.charCodeAt(i + 1)
    return i + 1 === text.length || next === TAB || next === LF || next === CR ? i + 1 : -1
  }
  return -1
}

const countBreaks = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length

/**
 * The rows and cells of tab-separated text, with the line each row starts on (the first line
 * is 1, as in a text editor); one final line break is not an empty row.
 */
export function parseTabRows(text: string): { rows: string[][]; starts: number[] } {
  const rows: string[][] = []
  const starts: number[] = []
  let row: string[] = []
  let line = 1
  let i = 0
  const end = text.length
  if (end === 0) return { rows, starts }
  starts.push(1)
  for (;;) {
    let cell: string
    const closing = text.charCodeAt(i) === QUOTE ? quotedEnd(text, i) : -1
    if (closing >= 0) {
      cell = text.slice(i + 1, closing - 1).replace(/""/g, '"')
      line += countBreaks(cell)
      i = closing
    } else {
      let j = i
      while (j < end) {
        const c = text.charCodeAt(j)
        if (c === TAB || c === LF || c === CR) break
        j++
      }
      cell = text.slice(i, j)
      i = j
    }
    row.push(cell)
    if (i >= end) break
    const c = text.charCodeAt(i)
    i++
    if (c === TAB) continue
    if (c === CR && text.charCodeAt(i) === LF) i++
    rows.push(row)
    row = []
    line++
    if (i >= end) return { rows, starts }
    starts.push(line)
  }
  rows.push(row)
  return { rows, starts }
}

/** True when the first line of the text has a tab: rows copied from a spreadsheet. */
export function isTabSeparated(text: string): boolean {
  const first = /^[^\r\n]*/.exec(text)?.[0] ?? ''
  return first.includes('\t')
}
