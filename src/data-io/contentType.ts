/**
 * Content types that cannot be a timeline. Anything else is read and judged by its text: raw file
 * hosts serve JSON as text/plain or application/octet-stream, and that must still load.
 */
const NOT_TIMELINE =
  /^(image|audio|video|font|model)\/|^application\/(pdf|zip|gzip|x-gzip|x-tar|x-7z-compressed|vnd\.rar|wasm|javascript|ecmascript|xml|xhtml\+xml|msword|vnd\.)|^text\/(javascript|css|xml|ecmascript)$/

/** The media type alone, lower case: "application/json; charset=utf-8" → "application/json". */
export function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/** True for a type that is never a timeline file (images, archives, scripts, web pages). */
export function isNotTimelineType(type: string): boolean {
  if (type.endsWith('+json')) return false
  return type === 'text/html' || NOT_TIMELINE.test(type)
}
