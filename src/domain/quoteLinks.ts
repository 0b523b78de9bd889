import type { QuoteId, TimelineDocument } from './types'

/**
 * The quote a `#quote=` link means: its own id first, else a quote that lists it among its
 * `aliases` (a card merged into another keeps its published links). Null when none does.
 */
export function resolveQuoteId(doc: TimelineDocument, id: string): QuoteId | null {
  if (doc.quotes.some((q) => q.id === id)) return id as QuoteId
  return doc.quotes.find((q) => q.aliases?.includes(id as QuoteId))?.id ?? null
}
