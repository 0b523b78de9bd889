/**
 * Everything "Export" offers, loaded on demand: the document as JSON or CSV, the current view
 * as SVG or PNG. Each gives a Blob and a file name built from the document's title.
 */
import type { TimelineDocument, TimelineEvent } from '../domain/types'
import { exportCsv } from './csv/exportCsv'
import { svgToPngBlob, timelineSvg, type Palette } from './exportImage'
import { exportJson } from './exportJson'
import { fileStem } from '../lib/fileStem'

export type ExportFormat = 'json' | 'csv' | 'svg' | 'png'

export interface ExportContext {
  document: TimelineDocument
  /** The events shown, after the reader's filters. */
  events: readonly TimelineEvent[]
  startMs: number
  endMs: number
  timeZone: string
  palette: Palette
  /** The published JSON Schema's address, written as "$schema" into JSON exports. */
  schemaUrl?: string
}

// The export dialog, the embed dialog and the studio name files alike.
export { fileStem } from '../lib/fileStem'

/** The file for one format. */
export async function exportFile(
  format: ExportFormat,
  ctx: ExportContext,
): Promise<{ blob: Blob; filename: string }> {
  const stem = fileStem(ctx.document.title)
  if (format === 'json') {
    const text = exportJson(ctx.document, ctx.schemaUrl)
    return { blob: new Blob([text], { type: 'application/json' }), filename: `${stem}.json` }
  }
  if (format === 'csv') {
    const text = exportCsv(ctx.document)
    return { blob: new Blob([text], { type: 'text/csv' }), filename: `${stem}.csv` }
  }
  const svg = timelineSvg({ ...ctx, document: ctx.document, widthPx: 1200 })
  if (format === 'svg') {
    return { blob: new Blob([svg], { type: 'image/svg+xml' }), filename: `${stem}.svg` }
  }
  return { blob: await svgToPngBlob(svg, 2), filename: `${stem}.png` }
}
