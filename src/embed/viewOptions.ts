/**
 * The options a page address may carry (CONTRACT §5): embed mode, the embed's id and its host's
 * origin, the theme, an accent colour, the panels shown and the time zone. Anyone can type these,
 * so reading them never throws: a value that cannot be used is ignored and named in `warnings`.
 */
import type { ZoneChoice } from '../domain/formatTime'
import { THEME_CHOICES, type ThemeChoice } from '../ui/theme'

export type PanelName = 'detail' | 'quotes' | 'legend' | 'controls'

export const PANEL_NAMES: readonly PanelName[] = ['detail', 'quotes', 'legend', 'controls']
/** An embed leaves the theme and zone switches to the host page unless it asks for them. */
const EMBED_PANELS: readonly PanelName[] = ['detail', 'quotes', 'legend']
const THEMES = THEME_CHOICES.map((c) => c.value)
const ZONES: readonly ZoneChoice[] = ['document', 'reader', 'utc']

export interface ViewOptions {
  embed: boolean
  /** Names this embed in every message, so a host page can tell two embeds apart. */
  embedId: string
  /** The host page's origin: messages go only there. Null means any ("*"). */
  parentOrigin: string | null
  theme: ThemeChoice | null
  /** "#rrggbb", lower case. */
  accent: string | null
  panels: ReadonlySet<PanelName>
  zone: ZoneChoice | null
  /** One plain sentence for each option that was given but could not be used. */
  warnings: string[]
}

const EMBED_ID = /^[A-Za-z0-9._:-]{1,64}$/
const HEX = /^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/

/** "#abc" and "abc" become "#aabbcc"; anything else is null. */
export function normaliseHexColour(value: string): string | null {
  const m = HEX.exec(value.trim())
  if (!m?.[1]) return null
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join('') : m[1]
  return `#${digits.toLowerCase()}`
}

/** The origin of an http(s) URL given as an origin ("https://news.example"), else null. */
export function parseOrigin(value: string): string | null {
  try {
    const url = new URL(value)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    // An origin has no path, query or fragment: "https://a.example/x" is a mistake worth naming.
    if (url.origin !== value.replace(/\/$/, '')) return null
    return url.origin
  } catch {
    return null
  }
}

function pick<T extends string>(value: string, allowed: readonly T[]): T | null {
  return (allowed as readonly string[]).includes(value) ? (value as T) : null
}

/** Reads the options from a query string. `forceEmbed` is set by the embed page itself. */
export function readViewOptions(
  search: string,
  { forceEmbed = false, randomId }: { forceEmbed?: boolean; randomId: () => string },
): ViewOptions {
  const params = new URLSearchParams(search)
  const warnings: string[] = []
  const get = (name: string) => {
    const v = params.get(name)
    return v === null ? null : v.trim()
  }
  const reject = (name: string, value: string, expected: string) =>
    warnings.push(`Ignored ${name}=${value.slice(0, 40)}: expected ${expected}.`)

  const embedParam = get('embed')
  const embed = forceEmbed || embedParam === '1' || embedParam === 'true'

  let embedId = randomId()
  const idParam = get('embedId')
  if (idParam !== null) {
    if (EMBED_ID.test(idParam)) embedId = idParam
    else reject('embedId', idParam, 'up to 64 letters, digits, dots, colons, dashes or underscores')
  }

  let parentOrigin: string | null = null
  const originParam = get('parentOrigin')
  if (originParam !== null) {
    parentOrigin = parseOrigin(originParam)
    if (!parentOrigin) reject('parentOrigin', originParam, 'an origin such as https://news.example')
  }

  let theme: ThemeChoice | null = null
  const themeParam = get('theme')
  if (themeParam !== null) {
    theme = pick(themeParam, THEMES)
    if (!theme) reject('theme', themeParam, 'light, dark or auto')
  }

  let accent: string | null = null
  const accentParam = get('accent')
  if (accentParam !== null) {
    accent = normaliseHexColour(accentParam)
    if (!accent) reject('accent', accentParam, 'a hex colour such as c8102e or #c8102e')
  }

  let zone: ZoneChoice | null = null
  const zoneParam = get('zone')
  if (zoneParam !== null) {
    zone = pick(zoneParam, ZONES)
    if (!zone) reject('zone', zoneParam, 'document, reader or utc')
  }

  let panels = new Set<PanelName>(embed ? EMBED_PANELS : PANEL_NAMES)
  const panelsParam = get('panels')
  if (panelsParam !== null) {
    const names = panelsParam.split(',').map((s) => s.trim())
    const chosen = names.flatMap((n) => pick(n, PANEL_NAMES) ?? [])
    const unknown = names.filter((n) => n !== '' && n !== 'none' && !pick(n, PANEL_NAMES))
    if (unknown.length > 0) {
      reject('panels', unknown.join(','), `a comma-separated list of ${PANEL_NAMES.join(', ')}`)
    }
    if (chosen.length > 0 || names.includes('none')) panels = new Set(chosen)
  }

  return { embed, embedId, parentOrigin, theme, accent, panels, zone, warnings }
}
