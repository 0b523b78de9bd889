/**
 * index.html starts downloading the `?src=` document while the app's own scripts still load (an
 * inline script, before any module), and leaves the request here. loadFromUrl takes it instead of
 * fetching again, once, and only for the same address; every check and message stays there.
 */
export interface EarlyFetch {
  href: string
  response: Promise<Response>
  controller: AbortController
}

declare global {
  interface Window {
    __quotelineEarlyFetch?: EarlyFetch
  }
}

/** The early request for `href`, if index.html made one; it can be taken only once. */
export function takeEarlyFetch(href: string): EarlyFetch | null {
  const early = typeof window === 'undefined' ? undefined : window.__quotelineEarlyFetch
  if (!early || early.href !== href) return null
  delete window.__quotelineEarlyFetch
  return early
}
