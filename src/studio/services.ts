import type { Problem } from '../domain/types'

/**
 * What the studio needs from other features (reading files, the standalone page, embed code),
 * handed in by the page root (src/app/studio/services.ts), so that features never import each
 * other. The shapes mirror data-io's `readDraftInput` and embed's snippet builders.
 */

export type InputFormat = 'json' | 'csv' | 'timelinejs' | 'standalone'

/** Input read into the format's document as written (never normalised), or why it cannot be. */
export type InputRead =
  | { ok: true; raw: unknown; problems: Problem[]; format: InputFormat }
  | { ok: false; message: string }

export interface InputHint {
  /** A file name: its extension says what it is. */
  name?: string | undefined
  /** A file's media type. */
  type?: string | undefined
  /** The zone TimelineJS times (which carry none) are read in: the draft's, for a paste. */
  timeZone?: string | undefined
}

/** What a standalone embed page says about itself. */
export interface PageOptions {
  title: string
  description?: string | undefined
  /** Where "Open full timeline" leads (http or https); without it the link is hidden. */
  fullViewUrl?: string | undefined
}

export interface StudioServices {
  /** Reads a JSON, CSV, TimelineJS or standalone .html file, or pasted spreadsheet rows. */
  readInput: (text: string, hint?: InputHint) => Promise<InputRead>
  /** The template spreadsheet (CSV): the header row and an example event with a quote. */
  templateCsv: () => Promise<string>
  /** The built-in summit document as written, to start from as an example. */
  summitRaw: () => Promise<unknown>
  /**
   * One .html page with the document inside (works from any host, file:// and a sandbox).
   * Rejects when this site's self-contained embed page cannot be had (e.g. the dev server).
   */
  standalonePage: (documentJson: string, options: PageOptions) => Promise<string>
  /** Embed code (iframe and script) for a document published as JSON at `src` (http or https). */
  jsonSnippet: (src: string, title: string) => string
  /** Embed code (an iframe) for a standalone page published at `pageUrl`. */
  standaloneSnippet: (pageUrl: string, title: string) => string
}
