/**
 * The selection as the URL hash records it. Decoding reads text anyone can type or paste, so it
 * never throws: whatever it cannot use, it ignores.
 */

/** The selected event, or the selected quote (which implies its event). Absent, never undefined. */
export interface UrlState {
  eventId?: string
  quoteId?: string
}

/** Ids the hash can carry as they are: the document schema's URL-safe set, kept short. */
const SAFE_ID = /^[A-Za-z0-9._~-]{1,120}$/

/** True when `id` can go into the hash unescaped and come back unchanged. */
export function isHashSafeId(id: string): boolean {
  return SAFE_ID.test(id)
}

/** The id in a hash value, or null when it is malformed, empty or not URL-safe. */
function readId(raw: string): string | null {
  let id: string
  try {
    id = decodeURIComponent(raw)
  } catch {
    // A broken escape such as "%E0%A4%A".
    return null
  }
  return isHashSafeId(id) ? id : null
}

/** Reads "#event=<id>", "#quote=<id>" or both ("#event=a&quote=b"); the "#" is optional. */
export function decodeHash(hash: string): UrlState {
  let eventId: string | null = null
  let quoteId: string | null = null
  const body = hash.startsWith('#') ? hash.slice(1) : hash
  for (const pair of body.split('&')) {
    const eq = pair.indexOf('=')
    if (eq <= 0) continue
    const key = pair.slice(0, eq)
    // A repeated key: the first usable value wins.
    if (key === 'event' && eventId === null) eventId = readId(pair.slice(eq + 1))
    else if (key === 'quote' && quoteId === null) quoteId = readId(pair.slice(eq + 1))
  }
  return {
    ...(eventId !== null ? { eventId } : {}),
    ...(quoteId !== null ? { quoteId } : {}),
  }
}

/** "#quote=<id>" when a quote is selected, else "#event=<id>", else "" (no selection). */
export function encodeHash(state: UrlState): string {
  // An id the hash cannot carry is left out rather than written in a form decodeHash refuses.
  if (state.quoteId !== undefined && isHashSafeId(state.quoteId)) return `#quote=${state.quoteId}`
  if (state.eventId !== undefined && isHashSafeId(state.eventId)) return `#event=${state.eventId}`
  return ''
}
