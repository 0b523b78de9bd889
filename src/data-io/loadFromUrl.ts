import { formatBytes } from '../lib/bytes'
import { stripBidi } from '../lib/bidi'
import { isNotTimelineType, mediaType } from './contentType'
import { diagnoseFetch } from './diagnoseFetch'
import { takeEarlyFetch } from './earlyFetch'
import { declaredLength, readBody, type DownloadProgress } from './readBody'
import { loadParser, readDocument } from './readDocument'
import type { ParseResult, ReadFailure } from '../domain/types'

export type LoadOutcome = { ok: true; result: ParseResult } | ReadFailure

/** What the loading screen shows: the download, then the reading of a large document. */
export type LoadProgress =
  ({ step: 'download' } & DownloadProgress) | { step: 'read'; eventCount: number }

export interface LoadOptions {
  onProgress?: (p: LoadProgress) => void
  /** The reader's Cancel. */
  signal?: AbortSignal
  /** How long the server may send nothing (before its answer, or between two chunks). */
  silenceMs?: number
  /**
   * Whether the progress is on screen now (a loading screen may come in only once a load takes a
   * while). The reading step costs a frame, to be painted, only when it is. Default: it is.
   */
  progressShown?: () => boolean
}

declare global {
  interface Window {
    /** Tests only (tests/e2e/faults.spec.ts): a shorter silence limit, set before the page loads. */
    __quotelineSilenceMs?: number
  }
}

const SILENCE_MS = 15_000
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

const seconds = (ms: number) => {
  const s = Math.round(ms / 100) / 10
  return `${s} ${s === 1 ? 'second' : 'seconds'}`
}

/** "after 2.7 KB of 9.8 KB"; bytes that arrived unread before the break are not known. */
function cutAt(bytes: number, declared: number | null): string {
  const of = declared !== null && declared > bytes ? ` of ${formatBytes(declared)}` : ''
  return bytes > 0
    ? `after ${formatBytes(bytes)}${of}`
    : `early${of ? ` (it was to be ${formatBytes(declared ?? 0)})` : ''}`
}

/** A fetch's controller whose abort says why: the server went silent, or the reader cancelled. */
function stopper(controller: AbortController, silenceMs: number, signal?: AbortSignal) {
  let why: 'silence' | 'cancel' | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const stop = (reason: 'silence' | 'cancel') => {
    why ??= reason
    controller.abort()
  }
  const onCancel = () => stop('cancel')
  if (signal?.aborted) why = 'cancel'
  signal?.addEventListener('abort', onCancel)
  return {
    /** Restarts the silence limit: something arrived. */
    arm() {
      clearTimeout(timer)
      timer = setTimeout(() => stop('silence'), silenceMs)
    },
    why: () => why,
    dispose() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onCancel)
    },
  }
}

/** The message for a fetch that failed before its answer could be read. */
async function unreadable(fetchImpl: typeof fetch, href: string): Promise<ReadFailure> {
  const why = await diagnoseFetch(fetchImpl, href)
  if (why === 'redirect') {
    return fail(
      'redirect-failed',
      `The address ${href} redirects elsewhere, and the redirect could not be followed: it may loop, take too many steps, or lead to a server that does not let this page read it. Open the address in a browser to see where it leads, and link to the final file.`,
    )
  }
  return why === 'cors'
    ? fail(
        'load-failed',
        `The server at ${href} answered, but does not let this page read the file. The likely cause is CORS: the server must send Access-Control-Allow-Origin for this page.`,
      )
    : fail(
        'load-failed',
        `The timeline at ${href} could not be reached: the network may be down, or the address may be wrong. Try again.`,
      )
}

/** Fetches and validates a document, turning every way it can fail into a plain message. */
export async function loadFromUrl(
  src: string,
  pageHref: string,
  fetchImpl: typeof fetch = fetch,
  options: LoadOptions = {},
): Promise<LoadOutcome> {
  const url = resolveSource(src, pageHref)
  if (!url) {
    return fail(
      'bad-address',
      `The address “${stripBidi(src.slice(0, 120))}” is not an http or https URL, so it was not loaded. Give the document’s full web address, starting with https://.`,
    )
  }
  // Most documents are our JSON: its validator downloads while the document does.
  void loadParser().catch(() => {})
  const silenceMs =
    options.silenceMs ??
    (typeof window === 'undefined' ? undefined : window.__quotelineSilenceMs) ??
    SILENCE_MS
  const early = takeEarlyFetch(url.href)
  const controller = early?.controller ?? new AbortController()
  const watch = stopper(controller, silenceMs, options.signal)
  const stopped = (bytes: number): ReadFailure | null => {
    const after = bytes > 0 ? ` after ${formatBytes(bytes)}` : ''
    if (watch.why() === 'cancel') {
      return fail(
        'cancelled',
        `Loading the timeline at ${url.href} was cancelled${after}. Reload the page to try again.`,
      )
    }
    if (watch.why() === 'silence') {
      return fail(
        'timeout',
        `Nothing arrived from ${url.href} for ${seconds(silenceMs)}${after}, so loading stopped. Try again, or host the file somewhere faster.`,
      )
    }
    return null
  }
  watch.arm()
  try {
    let response: Response
    try {
      if (options.signal?.aborted) controller.abort()
      response = await (early?.response ??
        fetchImpl(url.href, { signal: controller.signal, credentials: 'omit' }))
    } catch {
      return stopped(0) ?? (await unreadable(fetchImpl, url.href))
    }
    // Redirects are followed; the message then names where the document really came from.
    const where =
      response.redirected && response.url && response.url !== url.href
        ? `${url.href} (redirected to ${response.url})`
        : url.href
    if (!response.ok) {
      void response.body?.cancel().catch(() => {})
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
    const contentType = mediaType(response.headers.get('content-type'))
    if (isNotTimelineType(contentType)) {
      void response.body?.cancel().catch(() => {})
      return fail(
        'wrong-type',
        contentType === 'text/html'
          ? `The address ${where} gave a web page (text/html), not a timeline file. Link to the raw JSON or CSV file itself.`
          : `The address ${where} gave ${contentType}, not a timeline file. Link to the document’s JSON or CSV file itself.`,
      )
    }
    const onProgress = options.onProgress
    const body = await readBody(response, {
      maxBytes: MAX_BYTES,
      arm: watch.arm,
      onProgress: onProgress && ((p) => onProgress({ step: 'download', ...p })),
    })
    watch.dispose()
    if (!body.ok && body.reason === 'too-large') {
      return fail(
        'too-large',
        `The timeline at ${where} is larger than ${MAX_MB} MB and was not opened. Split it into smaller documents.`,
      )
    }
    if (!body.ok) {
      return (
        stopped(body.bytes) ??
        fail(
          'cut-off',
          `The connection to ${where} closed ${cutAt(body.bytes, declaredLength(response))}, before the whole timeline had arrived. Try again.`,
        )
      )
    }
    return await readDocument(body.text, {
      name: url.pathname,
      contentType,
      where: `the file at ${where}`,
      ...(onProgress && {
        onRead: (eventCount) => {
          onProgress({ step: 'read', eventCount })
          return options.progressShown?.() ?? true
        },
      }),
    })
  } finally {
    watch.dispose()
  }
}
