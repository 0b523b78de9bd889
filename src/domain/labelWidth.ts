/**
 * Label widths without a font: the lanes are laid out before (and without) any text is measured,
 * the same way for 10 events and for 100,000.
 */

/** Labels wider than this are cut with an ellipsis by the view. */
export const MAX_LABEL_PX = 220
/** Room on both sides of a label, together. */
export const LABEL_PADDING_PX = 8
/** Average advance of a Latin glyph in the UI font, as a fraction of the font size. */
const AVERAGE_GLYPH_EM = 0.56

/** Code points that draw about one em wide: CJK, Hangul, full-width forms and emoji. */
function isWideGlyph(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    cp >= 0x1f300
  )
}

/** A font-free guess at a label's drawn width in px, capped at `maxPx` (the view truncates). */
export function estimateLabelWidthPx(label: string, fontPx = 12, maxPx = MAX_LABEL_PX): number {
  if (label.length === 0) return 0
  let em = 0
  for (const ch of label) em += isWideGlyph(ch.codePointAt(0)!) ? 1 : AVERAGE_GLYPH_EM
  return Math.min(maxPx, em * fontPx + LABEL_PADDING_PX)
}
