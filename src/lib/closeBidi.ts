/**
 * Closing what a text leaves open: the words stay as written (quotes are verbatim), and an
 * override or isolate an author's text opens ends where the text ends, so it cannot run on.
 */

// LRE RLE LRO RLO open an embedding or override, closed by PDF; LRI RLI FSI open an isolate,
// closed by PDI. LRM, RLM and ALM only mark a direction.
const OPENS_EMBEDDING = /[\u202a\u202b\u202d\u202e]/
const PDF = '\u202c'
const PDI = '\u2069'

/**
 * `text` followed by the closers (PDF, PDI) of every embedding, override and isolate it leaves
 * open, following the bidi algorithm's own pairing: a PDI also closes the embeddings opened
 * after its isolate. Unchanged when nothing is left open.
 */
export function closeBidi(text: string): string {
  // Each open isolate remembers how many embeddings were open when it started.
  const isolates: number[] = []
  let embeddings = 0
  for (const ch of text) {
    if (ch === '\u2066' || ch === '\u2067' || ch === '\u2068') {
      isolates.push(embeddings)
      embeddings = 0
    } else if (ch === PDI) {
      if (isolates.length > 0) embeddings = isolates.pop() ?? 0
    } else if (OPENS_EMBEDDING.test(ch)) {
      embeddings++
    } else if (ch === PDF) {
      if (embeddings > 0) embeddings--
    }
  }
  let closers = PDF.repeat(embeddings)
  while (isolates.length > 0) closers += PDI + PDF.repeat(isolates.pop() ?? 0)
  return closers ? text + closers : text
}

/** `text` as an isolate of its own direction (FSI … PDI), for SVG and canvas text. */
export function isolateBidi(text: string): string {
  return `\u2068${closeBidi(text)}${PDI}`
}
