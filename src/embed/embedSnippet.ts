/**
 * The markup a newsroom pastes into an article: the iframe and the host script. Pure, so the
 * embed dialog, the docs and the tests agree on one form.
 */
import { EMBED_PAGE } from '../lib/fullViewUrl'
import type { ThemeChoice } from '../ui/theme'

/** The sandbox tokens we recommend: scripts, and the "Open full timeline" link in a new tab. */
export const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox'

export interface SnippetOptions {
  /** The folder the app is served from, e.g. "https://news.example/timeline/". */
  appBase: string
  /** An absolute `?src=` document address, or null for the built-in timeline. */
  src: string | null
  theme: ThemeChoice
  heightPx: number
  /** "#event=…", "#quote=…" or "". */
  hash: string
  title: string
  embedId: string
}

/** The embed page's address for these options. */
export function embedUrl(o: SnippetOptions): string {
  const url = new URL(EMBED_PAGE, o.appBase)
  if (o.src) url.searchParams.set('src', o.src)
  url.searchParams.set('embedId', o.embedId)
  if (o.theme !== 'light') url.searchParams.set('theme', o.theme)
  url.hash = o.hash
  return url.href
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The iframe and script tags, ready to paste. */
export function embedSnippet(o: SnippetOptions): string {
  const height = Math.round(o.heightPx)
  const frame =
    `<iframe src="${escapeAttribute(embedUrl(o))}" title="${escapeAttribute(`Timeline: ${o.title}`)}"` +
    ` width="100%" height="${height}" style="width:100%;height:${height}px;border:0"` +
    ` sandbox="${SANDBOX}" loading="lazy" allow="clipboard-write"></iframe>`
  const script = `<script src="${escapeAttribute(new URL('embed.js', o.appBase).href)}" async></script>`
  return `${frame}\n${script}`
}

/** An iframe for a standalone page published at `pageUrl`: the page holds its document. */
export function standaloneSnippet(pageUrl: string, title: string, heightPx: number): string {
  const height = Math.round(heightPx)
  return (
    `<iframe src="${escapeAttribute(pageUrl)}" title="${escapeAttribute(`Timeline: ${title}`)}"` +
    ` width="100%" height="${height}" style="width:100%;height:${height}px;border:0"` +
    ` sandbox="${SANDBOX}" loading="lazy"></iframe>`
  )
}
