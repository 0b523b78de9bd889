/**
 * A standalone embed page carries its document inside itself (standalonePage.ts writes it):
 * `<script type="application/json" id="quoteline-document" data-full-view="…">`. Reading it
 * needs no request, so the page works from any static host, from file:// and in a sandbox.
 */

export const INLINE_DOCUMENT_ID = 'quoteline-document'

const element = () => document.getElementById(INLINE_DOCUMENT_ID)

/** The text of the document inside this page, or null when the page carries none. */
export function readInlineDocument(): string | null {
  return element()?.textContent ?? null
}

/**
 * Where "Open full timeline" leads from a standalone page: the address its producer gave (http
 * or https only), or null to hide the link. Undefined when this is not a standalone page.
 */
export function inlineFullView(): string | null | undefined {
  const el = element()
  if (!el) return undefined
  const href = el.dataset.fullView ?? ''
  return /^https?:\/\//i.test(href) ? href : null
}
