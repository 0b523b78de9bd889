/** The summit's kinds get their own colour and marker shape; any other kind is drawn neutral. */
const KNOWN = new Set([
  'arrival',
  'departure',
  'greeting',
  'meeting',
  'press-availability',
  'closing-exchange',
  'transfer',
  'interview',
  'visit',
])

/** The style key for a kind: itself when known, else "other". */
export function kindStyleKey(kind: string): string {
  return KNOWN.has(kind) ? kind : 'other'
}

/** A kind as words: "press-availability" → "Press availability". */
export function kindLabel(kind: string): string {
  const words = kind.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** The CSS colour of a kind's marks: a custom property set for both themes in index.css. */
export function kindColorVar(kind: string): string {
  return `var(--k-${kindStyleKey(kind)})`
}

/**
 * Each kind's marker shape, an SVG path in a 16 × 16 box, so that colour is never the only cue:
 * readers who cannot tell the colours apart still tell the kinds apart by the legend's shapes.
 */
const SHAPES: Record<string, string> = {
  arrival: 'M8 1.5A6.5 6.5 0 1 1 8 14.5A6.5 6.5 0 1 1 8 1.5Z',
  departure: 'M2 2H14V14H2Z',
  greeting: 'M8 0.5L15.5 8L8 15.5L0.5 8Z',
  meeting: 'M4.2 1.5H11.8L15.5 8L11.8 14.5H4.2L0.5 8Z',
  'press-availability': 'M0.5 4H15.5V12H0.5Z',
  'closing-exchange':
    'M8 1L9.9 5.9L15.2 6.3L11.1 9.6L12.5 14.7L8 11.9L3.5 14.7L4.9 9.6L0.8 6.3L6.1 5.9Z',
  transfer: 'M1 2H15L8 14.5Z',
  interview: 'M8 1.5L15 14H1Z',
  visit: 'M5.5 1H10.5V5.5H15V10.5H10.5V15H5.5V10.5H1V5.5H5.5Z',
  other: 'M8 1.4L14.8 6.4L12.2 14.4L3.8 14.4L1.2 6.4Z',
}

/** The marker shape of a kind (any kind the summit does not use gets the neutral pentagon). */
export function kindShapePath(kind: string): string {
  return SHAPES[kindStyleKey(kind)] ?? SHAPES.other ?? ''
}
