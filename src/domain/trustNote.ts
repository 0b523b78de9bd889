import type { TimelineDocument } from './types'

/** Said when a document does not say how to read it: nothing it cannot know. */
export const DEFAULT_ABOUT = 'Quotes, times and sources are as this timeline’s document gives them.'

const cache = new WeakMap<TimelineDocument, string[]>()

/**
 * How to read this document: its own `about` (else a default that claims nothing), then a line
 * for each mark the reader will meet in it, and only those it uses.
 */
export function trustNoteLines(doc: TimelineDocument): string[] {
  const cached = cache.get(doc)
  if (cached) return cached
  const lines = [doc.about ?? DEFAULT_ABOUT]
  if (doc.quotes.some((q) => q.verbatimIn)) {
    lines.push(
      '“Exact words” names the sources with a quote word for word; “Same sense”, the others.',
    )
  }
  if (doc.quotes.some((q) => q.interpreted)) {
    lines.push(
      '“As interpreted” marks words spoken in another language, as an interpreter gave them.',
    )
  }
  // A loop, not a flatMap: a list of two for each of 100,000 events took 25 ms on first load.
  const precisions = new Set<string | undefined>()
  for (const e of doc.events) precisions.add(e.start.precision).add(e.end?.precision)
  if (precisions.has('approximate')) lines.push('Times marked “about” are approximate.')
  if (precisions.has('window') || precisions.has('derived')) {
    lines.push('Soft bands mark windows, and times derived from other facts.')
  }
  cache.set(doc, lines)
  return lines
}
