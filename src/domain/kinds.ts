/**
 * How kinds look. The summit's kinds keep their own colour and marker shape; a document may give
 * any kind a label, a symbol and a colour (`kinds`, docs/format.md); every other kind it uses gets
 * the next distinct symbol and colour from a palette, so that no two kinds in one document look
 * alike, by shape or by colour.
 */

/** Marker shapes: SVG paths in a 16 × 16 box, so that colour is never the only cue. */
export const SYMBOLS = {
  circle: 'M8 1.5A6.5 6.5 0 1 1 8 14.5A6.5 6.5 0 1 1 8 1.5Z',
  square: 'M2 2H14V14H2Z',
  diamond: 'M8 0.5L15.5 8L8 15.5L0.5 8Z',
  hexagon: 'M4.2 1.5H11.8L15.5 8L11.8 14.5H4.2L0.5 8Z',
  bar: 'M0.5 4H15.5V12H0.5Z',
  star: 'M8 1L9.9 5.9L15.2 6.3L11.1 9.6L12.5 14.7L8 11.9L3.5 14.7L4.9 9.6L0.8 6.3L6.1 5.9Z',
  'triangle-down': 'M1 2H15L8 14.5Z',
  triangle: 'M8 1.5L15 14H1Z',
  cross: 'M5.5 1H10.5V5.5H15V10.5H10.5V15H5.5V10.5H1V5.5H5.5Z',
  pentagon: 'M8 1.4L14.8 6.4L12.2 14.4L3.8 14.4L1.2 6.4Z',
} as const

export type SymbolName = keyof typeof SYMBOLS
export const SYMBOL_NAMES = Object.keys(SYMBOLS) as SymbolName[]

/** The summit's kinds (and a few more the project has drawn), each with its own symbol. */
const KNOWN: Readonly<Record<string, SymbolName>> = {
  arrival: 'circle',
  departure: 'square',
  greeting: 'diamond',
  meeting: 'hexagon',
  'press-availability': 'bar',
  'closing-exchange': 'star',
  transfer: 'triangle-down',
  interview: 'triangle',
  visit: 'cross',
}

/**
 * Colour slots for other kinds, `--k-p0`… in index.css: each at least 3:1 on the page in both
 * themes, and apart under protanopia, deuteranopia and tritanopia (tests/unit/kindStyles.test.ts).
 */
export const KIND_PALETTE = {
  light: ['#0b447a', '#b55b04', '#248265', '#86052b', '#6d16bf', '#793900'],
  dark: ['#56b4e9', '#e69f00', '#009e73', '#d55e00', '#cc79a7', '#f0e442'],
} as const

/** The order in which other kinds take symbols: the most distinct first. */
const PALETTE_SYMBOLS: readonly SymbolName[] = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'hexagon',
  'star',
  'cross',
  'triangle-down',
  'bar',
  'pentagon',
]

/** A kind as words: "press-availability" → "Press availability". */
export function kindLabel(kind: string): string {
  const words = kind.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** What a document says about one of its kinds (`kinds`, all optional but the id). */
export interface KindDefinition {
  id: string
  label?: string
  symbol?: SymbolName
  /** "#rrggbb", used in both themes. */
  color?: string
}

export interface KindStyle {
  label: string
  /** The marker's SVG path. */
  path: string
  /** The kind itself for the summit's kinds, `p0`… for palette slots, `custom` for a colour given. */
  styleKey: string
  /** A CSS colour: a custom property of index.css, or the document's own colour. */
  color: string
}

interface KindsOwner {
  events: readonly { kind: string }[]
  kinds?: readonly KindDefinition[]
}

const NEUTRAL: Omit<KindStyle, 'label'> = {
  path: SYMBOLS.pentagon,
  styleKey: 'other',
  color: 'var(--k-other)',
}

const cache = new WeakMap<KindsOwner, ReadonlyMap<string, KindStyle>>()

/** Every kind of a document, in the document's `kinds` order then first use, with its look. */
export function kindStyles(doc: KindsOwner): ReadonlyMap<string, KindStyle> {
  const cached = cache.get(doc)
  if (cached) return cached
  const declared = new Map((doc.kinds ?? []).map((k) => [k.id, k]))
  const order = new Set(declared.keys())
  for (const e of doc.events) order.add(e.kind)
  const usedSymbols = new Set<SymbolName>()
  for (const kind of order) {
    const symbol = declared.get(kind)?.symbol ?? KNOWN[kind]
    if (symbol) usedSymbols.add(symbol)
  }
  const freeSymbols = PALETTE_SYMBOLS.filter((s) => !usedSymbols.has(s))
  const styles = new Map<string, KindStyle>()
  let slot = 0
  for (const kind of order) {
    const d = declared.get(kind)
    const known = KNOWN[kind]
    // A kind not the summit's takes the next palette slot for whatever the document leaves out.
    const n = known || (d?.symbol && d.color) ? -1 : slot++
    const symbol = d?.symbol ?? known ?? freeSymbols[n % freeSymbols.length] ?? 'pentagon'
    const styleKey = d?.color ? 'custom' : known ? kind : `p${n % KIND_PALETTE.light.length}`
    styles.set(kind, {
      label: d?.label ?? kindLabel(kind),
      path: SYMBOLS[symbol],
      styleKey,
      color: d?.color ?? `var(--k-${styleKey})`,
    })
  }
  cache.set(doc, styles)
  return styles
}

/** One kind's look in a document (a kind it does not use looks neutral). */
export function kindStyleOf(doc: KindsOwner, kind: string): KindStyle {
  return kindStyles(doc).get(kind) ?? { ...NEUTRAL, label: kindLabel(kind) }
}

/** The look of a kind without a document: the summit's kinds, or the neutral style. */
export function kindStyleKey(kind: string): string {
  return KNOWN[kind] ? kind : 'other'
}

/** The CSS colour of a kind without a document (see `kindStyles` for a document's kinds). */
export function kindColorVar(kind: string): string {
  return `var(--k-${kindStyleKey(kind)})`
}

/** The marker shape of a kind without a document (see `kindStyles` for a document's kinds). */
export function kindShapePath(kind: string): string {
  const known = KNOWN[kind]
  return known ? SYMBOLS[known] : SYMBOLS.pentagon
}
