/**
 * Text search that forgives case, accents and typographic quotes, because readers type on plain
 * keyboards: "there's" must find "there’s", and "zelensky" must find "Zelenský".
 */

export interface MatchSegment {
  text: string
  match: boolean
}

const QUOTE_FOLDS: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
}
const TYPOGRAPHIC_QUOTES = /[‘’‚‛“”„‟]/g
/**
 * Combining diacritics only. Not every combining mark: Indic vowel signs are marks too, and
 * dropping them would make different words look alike.
 */
const DIACRITICS =
  /[\u0300-\u036f]|[\u1ab0-\u1aff]|[\u1dc0-\u1dff]|[\u20d0-\u20ff]|[\ufe20-\ufe2f]/g

/** The form search compares: lower case, no accents, straight quotes, plain spaces. */
export function normalizeForSearch(s: string): string {
  return (
    s
      .replace(TYPOGRAPHIC_QUOTES, (q) => QUOTE_FOLDS[q] ?? q)
      .normalize('NFD')
      .replace(DIACRITICS, '')
      .toLowerCase()
      // Lower-casing picks final sigma by context; fold it so each letter folds on its own.
      .replace(/ς/g, 'σ')
      .replace(/\s/g, ' ')
  )
}

const foldCache = new Map<string, string>()

/** One code point, folded; cached because the same few characters repeat through a text. */
function foldCodePoint(ch: string): string {
  let folded = foldCache.get(ch)
  if (folded === undefined) {
    folded = normalizeForSearch(ch)
    foldCache.set(ch, folded)
  }
  return folded
}

/** The query as compared, or '' when it holds nothing to look for. */
function foldQuery(query: string): string {
  return normalizeForSearch(query).trim()
}

/** Past any code points from `at` on that fold to nothing (combining accents), in UTF-16 units. */
function skipVanishing(text: string, at: number): number {
  let i = at
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i)!)
    if (foldCodePoint(ch) !== '') break
    i += ch.length
  }
  return i
}

/**
 * Cuts `text` into runs that do and do not match `query`. Matching happens on the folded text; the
 * runs are cut from the original, so the view shows what the source wrote and joining the runs
 * gives `text` back exactly.
 */
export function splitMatches(text: string, query: string): MatchSegment[] {
  const q = foldQuery(query)
  if (q === '') return [{ text, match: false }]
  // Fold code point by code point, remembering which original characters each folded unit came from.
  let folded = ''
  const starts: number[] = []
  const ends: number[] = []
  let at = 0
  for (const ch of text) {
    const f = foldCodePoint(ch)
    for (let k = 0; k < f.length; k++) {
      starts.push(at)
      ends.push(at + ch.length)
    }
    folded += f
    at += ch.length
  }
  const parts: MatchSegment[] = []
  let cursor = 0
  for (let hit = folded.indexOf(q); hit !== -1; hit = folded.indexOf(q, hit + q.length)) {
    // A hit may begin or end inside one original character (a Hangul syllable folds to three
    // jamo); take the whole character, and never one that an earlier run already took.
    const a = Math.max(cursor, starts[hit]!)
    const b = skipVanishing(text, ends[hit + q.length - 1]!)
    if (b <= a) continue
    if (a > cursor) parts.push({ text: text.slice(cursor, a), match: false })
    const prev = parts[parts.length - 1]
    if (prev?.match && a === cursor) prev.text += text.slice(a, b)
    else parts.push({ text: text.slice(a, b), match: true })
    cursor = b
  }
  if (cursor < text.length || parts.length === 0) {
    parts.push({ text: text.slice(cursor), match: false })
  }
  return parts
}

/** True when the query is blank or any of the texts contains it, as search folds them. */
export function matchesQuery(haystacks: readonly (string | undefined)[], query: string): boolean {
  const q = foldQuery(query)
  if (q === '') return true
  return haystacks.some((h) => h !== undefined && normalizeForSearch(h).includes(q))
}
