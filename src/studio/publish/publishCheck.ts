import { parseTimeline } from '../../domain/parseTimeline'
import type { Problem } from '../../domain/types'
import { fileStem } from '../../lib/fileStem'
import { stripBidi } from '../../lib/bidi'
import { toRaw } from '../content'
import type { DraftContent } from '../model'

/** The draft as it would be published, and what a reader's page would make of it. */
export interface PublishCheck {
  /** The document of the format, pretty-printed: the file for `?src=`. */
  json: string
  title: string
  description: string | undefined
  /** File name without its extension, from the title. */
  stem: string
  /** False when a reader's page would show nothing of it (no usable event, an unknown version). */
  loads: boolean
  /** Errors: each leaves something out of the published timeline (or, if it `loads` not, all). */
  errors: Problem[]
  warnings: Problem[]
  /** Quotes that name no event: they are not in the document at all. */
  orphanQuotes: number
}

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined)

/** Checks the draft with the same parser the reader's page loads it with. */
export function checkForPublishing(content: DraftContent): PublishCheck {
  const { raw, places } = toRaw(content)
  const result = parseTimeline(raw)
  const title = stripBidi(text(raw.title) ?? 'Untitled timeline')
  return {
    json: `${JSON.stringify(raw, null, 2)}\n`,
    title,
    description: text(raw.description),
    stem: fileStem(title),
    loads: result.document !== null,
    errors: result.problems.filter((p) => p.severity === 'error'),
    warnings: result.problems.filter((p) => p.severity !== 'error'),
    orphanQuotes: places.orphans.length,
  }
}
