/**
 * Speaker badges: initials on a colour per speaker. Every palette colour carries white text at
 * 4.5:1 or better, and neighbours differ in lightness as well as hue for colour-blind readers.
 */
export const SPEAKER_PALETTE = [
  '#1f4e9c', // blue
  '#a3242f', // red
  '#1f6b4a', // green
  '#6b3fa0', // purple
  '#8a4b08', // brown
  '#0e6470', // teal
  '#9c2463', // magenta
  '#3f4a5a', // slate
] as const

/** "Donald Trump" → "DT"; one name gives one letter. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean)
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words
  return letters.map((w) => [...(w ?? '')][0]?.toLocaleUpperCase() ?? '').join('')
}

function channel(c: number): number {
  const s = c / 255
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

function luminance(hex: string): number {
  const v = hex.replace('#', '')
  const full = v.length === 3 ? [...v].map((c) => c + c).join('') : v
  const n = Number.parseInt(full, 16)
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  )
}

/** WCAG 2 contrast ratio between two hex colours (1 to 21). */
export function contrastRatio(hexA: string, hexB: string): number {
  const [hi, lo] = [luminance(hexA), luminance(hexB)].sort((a, b) => b - a) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** The badge colour of the speaker at `index` in the document's list. */
export function speakerColor(_speakerId: string, index: number): string {
  const n = SPEAKER_PALETTE.length
  return SPEAKER_PALETTE[((index % n) + n) % n] ?? SPEAKER_PALETTE[0]
}
