import { correctionSchema, documentSchema } from './schema'
import type { Correction, Quote, QuoteId, SourceId } from './types'

/**
 * The record's own fields (`about`, `corrections`, a quote's `verbatimIn` and `aliases`),
 * normalised apart from the rest of the parser so that each stays small. Never throws.
 */

type Warn = (path: string, message: string) => void

/** `about` and the valid `corrections` of a document (the schema already reported bad ones). */
export function documentRecord(raw: Record<string, unknown>): {
  about?: string
  corrections?: Correction[]
} {
  const about = documentSchema.shape.about.safeParse(raw.about)
  const list: unknown[] = Array.isArray(raw.corrections) ? raw.corrections : []
  const corrections = list.flatMap((c) => {
    const ok = correctionSchema.safeParse(c)
    return ok.success ? [ok.data] : []
  })
  return {
    ...(about.success && about.data ? { about: about.data } : {}),
    ...(corrections.length > 0 ? { corrections } : {}),
  }
}

/**
 * A quote's `verbatimIn` (only ids among its own sources) and `aliases` (never the id of a quote
 * before it, nor an alias already given; `aliases` collects them). A later quote whose own id is
 * an alias keeps it: `resolveQuoteId` looks at ids first.
 */
export function quoteRecord(
  q: { verbatimIn?: string[] | undefined; aliases?: string[] | undefined },
  sourceIds: readonly SourceId[],
  path: string,
  seen: { quoteIds: ReadonlySet<string>; aliases: Set<string> },
  warn: Warn,
): Pick<Quote, 'verbatimIn' | 'aliases'> {
  const out: Pick<Quote, 'verbatimIn' | 'aliases'> = {}
  if (q.verbatimIn) {
    out.verbatimIn = q.verbatimIn.filter((id, i) => {
      if (sourceIds.includes(id as SourceId)) return true
      warn(`${path}.verbatimIn[${i}]`, `"${id}" is not among this quote's sources; it is ignored.`)
      return false
    }) as SourceId[]
  }
  if (q.aliases) {
    out.aliases = q.aliases.filter((id, i) => {
      if (!seen.quoteIds.has(id) && !seen.aliases.has(id)) return seen.aliases.add(id)
      warn(`${path}.aliases[${i}]`, `"${id}" already names another quote; this alias is ignored.`)
      return false
    }) as QuoteId[]
  }
  return out
}
