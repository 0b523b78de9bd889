import { parseTimeline } from '../domain/parseTimeline'
import type { ParseResult } from '../domain/types'

export type LoadOutcome = { ok: true; result: ParseResult } | { ok: false; message: string }

const TIMEOUT_MS = 15_000
const MAX_BYTES = 20 * 1024 * 1024

/** Resolves `?src=` against the page; only http(s) documents may be loaded. */
export function resolveSource(src: string, pageHref: string): URL | null {
  try {
    const url = new URL(src, pageHref)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

/** Fetches and validates a document, turning every way it can fail into a plain message. */
export async function loadFromUrl(
  src: string,
  pageHref: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadOutcome> {
  const url = resolveSource(src, pageHref)
  if (!url) {
    return {
      ok: false,
      message: `The address “${src.slice(0, 120)}” is not an http or https URL, so it was not loaded.`,
    }
  }
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS)
  try {
    const response = await fetchImpl(url.href, { signal: controller.signal, credentials: 'omit' })
    if (!response.ok) {
      return {
        ok: false,
        message: `The timeline at ${url.href} could not be loaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      }
    }
    const text = await response.text()
    if (text.length > MAX_BYTES) {
      return {
        ok: false,
        message: `The timeline at ${url.href} is larger than 20 MB and was not opened.`,
      }
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      return {
        ok: false,
        message: `The file at ${url.href} is not valid JSON, so it cannot be read as a timeline.`,
      }
    }
    return { ok: true, result: parseTimeline(json) }
  } catch (err) {
    const aborted = err instanceof DOMException && err.name === 'AbortError'
    return {
      ok: false,
      message: aborted
        ? `The timeline at ${url.href} took longer than ${TIMEOUT_MS / 1000} seconds to arrive and was not loaded.`
        : `The timeline at ${url.href} could not be reached. The network may be down, or the server may not allow this page to read it (CORS).`,
    }
  } finally {
    clearTimeout(timer)
  }
}
