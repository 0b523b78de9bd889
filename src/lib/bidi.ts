/**
 * Direction controls in document text. Places that are not the document's own (tab title, file
 * names, problem messages) drop them; closeBidi.ts closes what a text leaves open (for SVG and
 * canvas text, drawn outside the page's isolating elements), in a file of its own so that only
 * the code loaded on demand carries it.
 */

const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/** `text` without any direction control: for titles, file names and messages. */
export function stripBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}
