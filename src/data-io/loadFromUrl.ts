import type { ParseResult } from '../domain/types'
import { takeEarlyFetch } from './earlyFetch'
import { loadParser, readDocument, type ReadFailure } from './readDocument'

export type LoadOutcome = { ok: true; result: ParseResult } | ReadFailure

const TIMEOUT_MS = 15_000
// Room for 200,000 events with their quotes (about 60 MB as the benchmark writes them), while a
// runaway file is still refused before it is parsed.
const MAX_MB = 128
const MAX_BYTES = MAX_MB * 1024 * 1024

/** Resolves `?src=` against the page; only http(s) documents may be loaded. */
export function resolveSource(src: string, pageHref: string): URL | null {
  try {
    const url = new URL(src, pageHref)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

const fail = (code: string, message: string): ReadFailure => ({ ok: false, code, message })

/** The body as text, refusing it as soon as it passes `MAX_BYTES` (it is never all buffered). */
async function readCapped(response: Response): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'))
  if (declared > MAX_BYTES) return null
  if (!response.body) return response.text()
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let bytes = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    bytes += value.byteLength
    if (bytes > MAX_BYTES) {
      await reader.cancel()
      return null
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

/** Fetches and validates a document, turning every way it can fail into a plain message. */
export async function loadFromUrl(
  src: string,
  pageHref: string,
  fetchImpl: typeof fetch = fetch,
): Promise<LoadOutcome> {
  const url = resolveSource(src, pageHref)
  if (!url) {
    return fail(
      'bad-address',
      `The address “${src.slice(0, 120)}” is not an http or https URL, so it was not loaded. Give the document’s full web address, starting with https://.`,
    )
  }
  // Most documents are our JSON: its validator downloads while the document does.
  void loadParser().catch(() => {})
  const early = takeEarlyFetch(url.href)
  const controller = early?.controller ?? new AbortController()
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS)
  try {
    const response = await (early?.response ??
      fetchImpl(url.href, { signal: controller.signal, credentials: 'omit' }))
    // Redirects are followed; the message then names where the document really came from.
    const where =
      response.redirected && response.url && response.url !== url.href
        ? `${url.href} (redirected to ${response.url})`
        : url.href
    if (!response.ok) {
      const answer = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`
      return fail(
        'load-failed',
        `The timeline at ${where} could not be loaded: the server answered ${answer}. ${
          response.status === 404 || response.status === 410
            ? 'Check the address: there is no file there.'
            : 'Try again later, or ask whoever runs that server.'
        }`,
      )
    }
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? ''
    if (contentType === 'text/html') {
      return fail(
        'wrong-type',
        `The address ${where} gave a web page (text/html), not a timeline file. Link to the raw JSON or CSV file itself.`,
      )
    }
    const text = await readCapped(response)
    if (text === null) {
      return fail(
        'too-large',
        `The timeline at ${where} is larger than ${MAX_MB} MB and was not opened. Split it into smaller documents.`,
      )
    }
    return readDocument(text, { name: url.pathname, contentType, where: `the file at ${where}` })
  } catch (err) {
    const aborted = err instanceof DOMException && err.name === 'AbortError'
    return aborted
      ? fail(
          'timeout',
          `The timeline at ${url.href} took longer than ${TIMEOUT_MS / 1000} seconds to arrive and was not loaded. Try again, or host the file somewhere faster.`,
        )
      : fail(
          'load-failed',
          `The timeline at ${url.href} could not be reached. The network may be down, or the server may not allow this page to read it (CORS): it must send Access-Control-Allow-Origin.`,
        )
  } finally {
    clearTimeout(timer)
  }
}
