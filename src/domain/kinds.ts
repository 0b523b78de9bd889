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
