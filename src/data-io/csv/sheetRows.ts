import { csvParseRows } from 'd3-dsv'
import { recordLines } from './recordLines'
import { isTabSeparated, parseTabRows } from './tabRows'

/**
 * A sheet's rows, with the line each starts on: CSV, or rows copied from a spreadsheet (cells
 * separated by tabs), as its first line shows or `tabs` says (a .tsv file). A byte-order mark is
 * dropped. Every way in reads sheets here: the reader's file and paste, and the studio.
 */
export function sheetRows(text: string, tabs?: boolean): { rows: string[][]; starts: number[] } {
  const source = text.replace(/^\uFEFF/, '')
  return (tabs ?? isTabSeparated(source))
    ? parseTabRows(source)
    : { rows: csvParseRows(source), starts: recordLines(source) }
}
