/** True only for absolute http: and https: URLs, the only ones that may become links. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * True for an image address the format accepts: absolute https, or a path relative to the
 * document's own address (no scheme, not protocol-relative), e.g. `images/vote.jpg`.
 */
export function isImageSrc(value: string): boolean {
  const v = value.trim()
  if (!v || /[\s\\]/.test(v) || v.startsWith('//')) return false
  if (!/^[a-z][a-z0-9+.-]*:/i.test(v)) return true
  try {
    return new URL(v).protocol === 'https:'
  } catch {
    return false
  }
}
