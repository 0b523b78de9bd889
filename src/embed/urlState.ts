/** What the URL hash records: the selected event, or the selected quote (which implies its event). */
export interface UrlState {
  eventId?: string
  quoteId?: string
}

const SAFE_ID = /^[A-Za-z0-9._~-]{1,120}$/

function safeDecode(value: string): string | null {
  try {
    const id = decodeURIComponent(value)
    return SAFE_ID.test(id) ? id : null
  } catch {
    return null
  }
}

/** Reads `#event=<id>` / `#quote=<id>`; anything malformed or unknown is ignored, never thrown. */
export function decodeHash(hash: string): UrlState {
  const state: UrlState = {}
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const eq = pair.indexOf('=')
    if (eq < 1) continue
    const key = pair.slice(0, eq)
    const id = safeDecode(pair.slice(eq + 1))
    if (id === null) continue
    if (key === 'event') state.eventId = id
    else if (key === 'quote') state.quoteId = id
  }
  return state
}

/** Writes the state as a hash: the quote when one is selected, else the event, else nothing. */
export function encodeHash(state: UrlState): string {
  if (state.quoteId) return `#quote=${encodeURIComponent(state.quoteId)}`
  if (state.eventId) return `#event=${encodeURIComponent(state.eventId)}`
  return ''
}
