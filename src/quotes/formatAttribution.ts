import type { Quote, Source, Speaker } from '../domain/types'

/** The text that "Copy quote" puts on the clipboard: words, speaker, and where they come from. */
export function formatQuoteForCopy(
  quote: Quote,
  speaker: Speaker | undefined,
  sources: Source[],
): string {
  const who = speaker ? [speaker.name, speaker.role].filter(Boolean).join(', ') : 'Unknown speaker'
  const interpreted = quote.interpreted ? ' (as interpreted)' : ''
  const cited = sources.map((s) => [s.title, s.url].filter(Boolean).join(', ')).join('; ')
  return `“${quote.text}” — ${who}${interpreted}${cited ? `. Source: ${cited}` : ''}`
}

/** The permalink of a quote: this page, with `#quote=<id>`. */
export function quotePermalink(quoteId: string, href: string): string {
  const base = href.split('#')[0] ?? href
  return `${base}#quote=${encodeURIComponent(quoteId)}`
}
