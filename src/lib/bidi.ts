/**
 * Direction controls in document text. The words stay as written (quotes are verbatim); what an
 * author's text opens is closed where the text ends, so it cannot run on into what follows, and
 * places that are not the document's own (tab title, file names, problem messages) drop them.
 */

// LRE RLE LRO RLO open an embedding or override, closed by PDF; LRI RLI FSI open an isolate,
// closed by PDI. LRM, RLM and ALM only mark a direction.
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
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

/** `text` without any direction control: for titles, file names and messages. */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}
