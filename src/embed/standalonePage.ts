import { INLINE_DOCUMENT_ID } from './inlineDocument'

/**
 * The standalone embed page: the build's own embed.html (every script and style already
 * inline) with one document written into it. One file that works from any static host, from
 * file:// and in `<iframe sandbox="allow-scripts">`, with no request and so no CORS at all.
 * Loaded with the embed dialog only.
 */

const ROOT = '<div id="root"></div>'

export interface StandaloneOptions {
  title: string
  description?: string | undefined
  /** The full view's address for "Open full timeline"; without it the link is hidden. */
  fullViewUrl?: string | undefined
}

/** JSON that no text can end early inside a `<script>`: no "<", ">", "&" and no line breaks
 * that old parsers read as such (U+2028, U+2029). JSON.parse reads it back unchanged. */
export function escapeJsonForScript(json: string): string {
  return json.replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/** Text safe inside an element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** Replaces the one match of `pattern` in `html`, or fails plainly if the template changed. */
function replaceOnce(html: string, pattern: RegExp, value: string): string {
  if (!pattern.test(html)) throw new Error(`The embed page has no ${pattern.source}.`)
  return html.replace(pattern, () => value)
}

/** embed.html with `documentJson` inside, titled and described from the document. */
export function buildStandalonePage(
  template: string,
  documentJson: string,
  o: StandaloneOptions,
): string {
  const fullView =
    o.fullViewUrl && /^https?:\/\//i.test(o.fullViewUrl)
      ? ` data-full-view="${escapeHtml(o.fullViewUrl)}"`
      : ''
  const data =
    `<script type="application/json" id="${INLINE_DOCUMENT_ID}"${fullView}>` +
    `${escapeJsonForScript(documentJson)}</script>`
  let html = replaceOnce(template, /<title>[^<]*<\/title>/, `<title>${escapeHtml(o.title)}</title>`)
  html = replaceOnce(
    html,
    /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
    `<meta name="description" content="${escapeHtml(o.description ?? o.title)}" />`,
  )
  // Before the root in the body: the last such text, as the head's inline code may hold it too.
  const root = html.lastIndexOf(ROOT)
  if (root < 0) throw new Error('The embed page has no root element.')
  return `${html.slice(0, root)}${data}\n${html.slice(root)}`
}

/** The build's embed.html, next to the page the dialog runs in (same origin). */
export async function fetchEmbedTemplate(): Promise<string> {
  const response = await fetch(new URL('embed.html', window.location.href))
  if (!response.ok) throw new Error(`embed.html answered ${response.status}`)
  const text = await response.text()
  // Only the build's page is self-contained; the dev server's loads its script from src/.
  // (A regular expression, not a string: the built page's own code holds this text otherwise.)
  if (!text.includes(ROOT) || /src="\.\/src\//.test(text)) {
    throw new Error('embed.html is not the self-contained built page')
  }
  return text
}
