const QUOTES: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"' }

/** Lower-cases, strips diacritics and folds typographic quotes, one output char per input char. */
function foldChar(ch: string): string {
  const q = QUOTES[ch]
  if (q) return q
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() || ch
}

/** The text as search compares it: case, accents and curly quotes folded. */
export function normalizeForSearch(s: string): string {
  return [...s].map(foldChar).join('')
}

/**
 * Splits `text` into matching and non-matching runs for `query`. Matching is done on folded text,
 * but the runs are cut from the original, so joining them gives the text back exactly.
 */
export function splitMatches(text: string, query: string): { text: string; match: boolean }[] {
  const q = normalizeForSearch(query.trim())
  if (!q) return [{ text, match: false }]
  // Fold per code point, remembering where each folded piece came from in the original.
  const chars = [...text]
  const starts: number[] = []
  let folded = ''
  let offset = 0
  for (const ch of chars) {
    const f = foldChar(ch)
    for (let i = 0; i < f.length; i++) starts.push(offset)
    folded += f
    offset += ch.length
  }
  starts.push(offset)
  const parts: { text: string; match: boolean }[] = []
  let cursor = 0
  let from = folded.indexOf(q)
  while (from !== -1) {
    const a = starts[from] ?? text.length
    const b = starts[from + q.length] ?? text.length
    if (a > cursor) parts.push({ text: text.slice(cursor, a), match: false })
    if (b > a) parts.push({ text: text.slice(a, b), match: true })
    cursor = Math.max(cursor, b)
    from = folded.indexOf(q, from + q.length)
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), match: false })
  return parts.length > 0 ? parts : [{ text, match: false }]
}

/** True when the query is empty or any of the texts contains it. */
export function matchesQuery(haystacks: readonly (string | undefined)[], query: string): boolean {
  const q = normalizeForSearch(query.trim())
  if (!q) return true
  return haystacks.some((h) => h !== undefined && normalizeForSearch(h).includes(q))
}
