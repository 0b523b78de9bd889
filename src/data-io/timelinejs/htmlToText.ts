/**
 * TimelineJS text fields hold HTML. We want their words only, and we never hand the markup to a
 * live DOM (no innerHTML): a small tokenizer drops tags, comments and the bodies of script-like
 * elements, then decodes entities. Entities are decoded after tags are removed, so an encoded
 * "&lt;script&gt;" stays the harmless text "<script>", which the app renders as text anyway.
 */

const DROPPED_BODIES =
  /<(script|style|template|noscript|iframe|object|svg|math)\b[\s\S]*?(<\/\1\s*>|$)/gi
const COMMENTS = /<!--[\s\S]*?(-->|$)/g
const TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>?/g
const BREAKING = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
)
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  copy: '©',
  eacute: 'é',
}

function decodeEntity(entity: string, body: string): string {
  if (body.startsWith('#')) {
    const hex = body[1] === 'x' || body[1] === 'X'
    const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10)
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
    return valid ? String.fromCodePoint(code) : '\uFFFD'
  }
  return Object.hasOwn(NAMED, body) ? (NAMED[body] as string) : entity
}

/** Reduces an HTML fragment to plain text: words kept, markup dropped, entities decoded. */
export function htmlToText(html: string): string {
  const stripped = html
    .replace(COMMENTS, ' ')
    .replace(DROPPED_BODIES, ' ')
    .replace(TAG, (_, name: string) => (BREAKING.has(name.toLowerCase()) ? '\n' : ''))
  const decoded = stripped.replace(
    /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});/g,
    decodeEntity,
  )
  return decoded
    .split('\n')
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}

/** True when the fragment held links or embedded media, whose targets plain text cannot keep. */
export function hasLinksOrMedia(html: string): boolean {
  return /<(a|img|iframe|video|audio|embed|object)\b/i.test(html)
}
