/** URL parameters that only mean something inside an embed; the full view drops them. */
export const EMBED_ONLY_PARAMS = ['embed', 'embedId', 'parentOrigin', 'panels'] as const

/** The self-contained embed page's file name, next to index.html in the build. */
export const EMBED_PAGE = 'embed.html'

/**
 * The full view's address for the page at `href` with `hash` as its state: the embed page and its
 * embed-only options become index.html with the same document, theme, accent and zone.
 */
export function fullViewUrl(href: string, hash: string): string {
  const url = new URL(href)
  for (const name of EMBED_ONLY_PARAMS) url.searchParams.delete(name)
  if (url.pathname.endsWith(`/${EMBED_PAGE}`)) {
    url.pathname = url.pathname.slice(0, -EMBED_PAGE.length) + 'index.html'
  }
  url.hash = hash
  return url.href
}
