/**
 * Speaker badges: initials on a colour per speaker. Colour is never the only cue (the initials
 * and the name are always shown), but it should still help readers with colour-vision deficiency.
 */

/**
 * Dark enough for white text at 4.5:1 or better (WCAG AA), and chosen so that every pair stays
 * apart (CIELAB ΔE ≥ 19) under simulated protanopia, deuteranopia and tritanopia as well as
 * normal vision. The first colours are the most distinct, since most documents have few speakers.
 */
export const SPEAKER_PALETTE = [
  '#0b447a', // navy
  '#b55b04', // orange
  '#248265', // green
  '#86052b', // crimson
  '#6d16bf', // violet
  '#793900', // brown
  '#6e68ba', // periwinkle
  '#633152', // plum
] as const

/** The first letter or digit of a word, skipping leading punctuation such as quotes. */
function firstLetter(word: string): string {
  return /[\p{L}\p{N}]/u.exec(word)?.[0] ?? ''
}

/** "Donald Trump" → "DT": first and last names' initials, or one letter for a single name. */
export function initials(name: string): string {
  // NFC first, so an accented capital typed as letter + combining mark stays one character.
  const words = name
    .normalize('NFC')
    .split(/\s+/u)
    .map(firstLetter)
    .filter((letter) => letter !== '')
  const first = words[0] ?? ''
  const last = words.length > 1 ? (words[words.length - 1] ?? '') : ''
  return (first + last).toUpperCase()
}

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i

/** WCAG 2.x relative luminance of an sRGB hex colour ("#rgb" or "#rrggbb"). */
function luminance(hex: string): number {
  const m = HEX.exec(hex.trim())
  if (!m) throw new RangeError(`"${hex}" is not a hex colour like #1a2b3c`)
  const digits = m[1]!.length === 3 ? [...m[1]!].map((d) => d + d).join('') : m[1]!
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(digits.slice(i, i + 2), 16) / 255
    // 0.04045 is the sRGB breakpoint; WCAG's printed 0.03928 differs only below 8-bit precision.
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.x contrast ratio of two hex colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(hexA: string, hexB: string): number {
  const a = luminance(hexA)
  const b = luminance(hexB)
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
}

/** A stable small hash (FNV-1a), for speakers that have no place in the document's list. */
function hashId(id: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/** The badge colour of the speaker at `index` in the document's list (wrapping round the palette). */
export function speakerColor(speakerId: string, index: number): string {
  const n = SPEAKER_PALETTE.length
  // An index of -1 (the usual "not found") would otherwise give every unknown speaker one colour.
  const slot = Number.isInteger(index) && index >= 0 ? index % n : hashId(speakerId) % n
  return SPEAKER_PALETTE[slot] ?? SPEAKER_PALETTE[0]
}
