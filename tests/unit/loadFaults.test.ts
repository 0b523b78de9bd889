import { describe, expect, it, vi } from 'vitest'
import { loadFromUrl, type LoadProgress } from '../../src/data-io/loadFromUrl'
import { READ_STEP_EVENTS } from '../../src/data-io/readDocument'
import { ERROR_CODES } from '../../src/embed/protocol'

const page = 'https://news.example/timeline/?src=x'
const DOC = JSON.stringify({
  events: [{ id: 'a', kind: 'k', title: 'A', start: '2026-01-01T00:00:00Z' }],
})
const encode = (s: string) => new TextEncoder().encode(s)

/** A body that sends `chunks`, then either ends or breaks as a closed connection does. */
function streamed(chunks: string[], end: 'close' | 'break' | 'hang', headers: HeadersInit = {}) {
  const queue = [...chunks]
  const body = new ReadableStream<Uint8Array>({
    // Pulled one chunk at a time, so that what was sent arrives before the end (or the break).
    pull(c) {
      const next = queue.shift()
      if (next !== undefined) c.enqueue(encode(next))
      else if (end === 'close') c.close()
      else if (end === 'break') c.error(new TypeError('network error'))
    },
  })
  return new Response(body, { headers: { 'content-type': 'application/json', ...headers } })
}

/** A fetch that answers each address from `routes`; an absent address fails like the network. */
function server(routes: Record<string, (init?: RequestInit) => Response | Promise<Response>>) {
  return vi.fn(async (href: string | URL | Request, init?: RequestInit) => {
    const route = routes[String(href)]
    if (!route) throw new TypeError('Failed to fetch')
    return route(init)
  }) as unknown as typeof fetch
}

const A = 'https://x.example/a.json'

describe('what a failed load says, and only what is known', () => {
  it('a transfer that breaks after the headers names the bytes that arrived', async () => {
    const body = 'x'.repeat(2765)
    const outcome = await loadFromUrl(A, page, server({ [A]: () => streamed([body], 'break') }))
    expect(outcome).toMatchObject({ ok: false, code: 'cut-off' })
    expect(!outcome.ok && outcome.message).toMatch(/closed after 2\.7 KB.*Try again/)
    expect(!outcome.ok && outcome.message).not.toMatch(/CORS/)
  })

  it('an address that redirects where it cannot be followed is named as a redirect', async () => {
    const fetchImpl = server({
      [A]: (init) => {
        if (init?.redirect !== 'manual') throw new TypeError('Failed to fetch')
        const r = new Response(null, { status: 200 })
        Object.defineProperty(r, 'type', { value: 'opaqueredirect' })
        return r
      },
    })
    const outcome = await loadFromUrl(A, page, fetchImpl)
    expect(outcome).toMatchObject({ ok: false, code: 'redirect-failed' })
    expect(!outcome.ok && outcome.message).toMatch(/redirects elsewhere/)
    expect(!outcome.ok && outcome.message).not.toMatch(/CORS/)
  })

  it('CORS is named as the likely cause only when the address answers a no-cors request', async () => {
    const corsOnly = server({
      [A]: (init) => {
        if (init?.mode !== 'no-cors') throw new TypeError('Failed to fetch')
        return new Response(null)
      },
    })
    const refused = await loadFromUrl(A, page, corsOnly)
    expect(refused).toMatchObject({ ok: false, code: 'load-failed' })
    expect(!refused.ok && refused.message).toMatch(/likely cause is CORS/)

    const down = await loadFromUrl(A, page, server({}))
    expect(down).toMatchObject({ ok: false, code: 'load-failed' })
    expect(!down.ok && down.message).toMatch(/could not be reached/)
    expect(!down.ok && down.message).not.toMatch(/CORS/)
  })

  it('a body that is not a timeline is named by its type', async () => {
    for (const type of ['image/png', 'application/pdf', 'video/mp4', 'text/css']) {
      const png = server({
        [A]: () => new Response('\x89PNG', { headers: { 'content-type': type } }),
      })
      const outcome = await loadFromUrl(A, page, png)
      expect(outcome).toMatchObject({ ok: false, code: 'wrong-type' })
      expect(!outcome.ok && outcome.message).toContain(`${type}, not a timeline file`)
    }
  })

  it('JSON served as text/plain, octet-stream or a +json type still loads', async () => {
    for (const type of ['text/plain', 'application/octet-stream', 'application/ld+json', '']) {
      const plain = server({ [A]: () => new Response(DOC, { headers: { 'content-type': type } }) })
      expect((await loadFromUrl(A, page, plain)).ok).toBe(true)
    }
  })

  it('the reader’s Cancel stops the download and says so', async () => {
    const cancel = new AbortController()
    const hanging = server({
      [A]: (init) => {
        const body = new ReadableStream<Uint8Array>({
          start(c) {
            c.enqueue(encode('{"events":'))
            init?.signal?.addEventListener('abort', () =>
              c.error(new DOMException('aborted', 'AbortError')),
            )
          },
        })
        return new Response(body)
      },
    })
    const pending = loadFromUrl(A, page, hanging, {
      signal: cancel.signal,
      onProgress: (p) => {
        if (p.step === 'download' && p.receivedBytes > 0) cancel.abort()
      },
    })
    const outcome = await pending
    expect(outcome).toMatchObject({ ok: false, code: 'cancelled' })
    expect(!outcome.ok && outcome.message).toMatch(/was cancelled after 10 bytes/)
  })

  it('every code a load can end with is one the protocol lists', async () => {
    const codes = new Set<string>()
    const outcomes = await Promise.all([
      loadFromUrl('javascript:x', page),
      loadFromUrl(A, page, server({ [A]: () => streamed(['{'], 'break') })),
      loadFromUrl(A, page, server({})),
      loadFromUrl(A, page, server({ [A]: () => new Response('{', { status: 200 }) })),
    ])
    for (const o of outcomes) if (!o.ok) codes.add(o.code)
    expect(codes.size).toBe(4)
    for (const code of codes) expect(ERROR_CODES).toContain(code)
  })
})

describe('progress, and a limit on silence rather than on size', () => {
  it('reads text whose characters are split between chunks, and drops a byte-order mark', async () => {
    const bytes = encode(
      `\uFEFF${JSON.stringify({
        title: 'Zürich – Köln ✓',
        events: [{ id: 'a', kind: 'k', title: 'Ünïcödé ✓', start: '2026-01-01T00:00:00Z' }],
      })}`,
    )
    // One byte at a time: every multi-byte character arrives in pieces.
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        for (const b of bytes) c.enqueue(new Uint8Array([b]))
        c.close()
      },
    })
    const outcome = await loadFromUrl(A, page, server({ [A]: () => new Response(body) }))
    expect(outcome.ok && outcome.result.document?.title).toBe('Zürich – Köln ✓')
    expect(outcome.ok && outcome.result.document?.events[0]?.title).toBe('Ünïcödé ✓')
  })

  it('tells the bytes received and the declared total while it is ahead; no reading step for a small document', async () => {
    const seen: LoadProgress[] = []
    const outcome = await loadFromUrl(
      A,
      page,
      server({
        [A]: () => streamed([DOC], 'close', { 'content-length': String(DOC.length) }),
      }),
      { onProgress: (p) => seen.push(p) },
    )
    expect(outcome.ok).toBe(true)
    expect(seen[0]).toEqual({ step: 'download', receivedBytes: 0, totalBytes: DOC.length })
    expect(seen).toContainEqual({
      step: 'download',
      receivedBytes: DOC.length,
      totalBytes: DOC.length,
    })
    expect(seen.some((p) => p.step === 'read')).toBe(false)
  })

  it('a document large enough for its check to take a while tells the reading step last', async () => {
    const event = (i: number) => ({
      id: `e${i}`,
      kind: 'k',
      title: 'A',
      start: '2026-01-01T00:00:00Z',
    })
    const big = JSON.stringify({
      events: Array.from({ length: READ_STEP_EVENTS }, (_, i) => event(i)),
    })
    const seen: LoadProgress[] = []
    const outcome = await loadFromUrl(A, page, server({ [A]: () => streamed([big], 'close') }), {
      onProgress: (p) => seen.push(p),
    })
    expect(outcome.ok).toBe(true)
    expect(seen.at(-1)).toEqual({ step: 'read', eventCount: READ_STEP_EVENTS })
  })

  it('the reading step waits a frame to be painted only while the progress is on screen', async () => {
    const big = JSON.stringify({
      events: Array.from({ length: READ_STEP_EVENTS }, (_, i) => ({
        id: `e${i}`,
        kind: 'k',
        title: 'A',
        start: '2026-01-01T00:00:00Z',
      })),
    })
    const frames = vi.fn((paint: FrameRequestCallback) => setTimeout(() => paint(0), 0))
    vi.stubGlobal('requestAnimationFrame', frames)
    try {
      for (const shown of [false, true]) {
        frames.mockClear()
        const seen: LoadProgress[] = []
        const outcome = await loadFromUrl(
          A,
          page,
          server({ [A]: () => streamed([big], 'close') }),
          {
            onProgress: (p) => seen.push(p),
            progressShown: () => shown,
          },
        )
        expect(outcome.ok).toBe(true)
        // The step is told either way: a loading screen that comes in later shows it.
        expect(seen.at(-1)).toEqual({ step: 'read', eventCount: READ_STEP_EVENTS })
        expect(frames).toHaveBeenCalledTimes(shown ? 1 : 0)
      }
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it('a declared length that the body passes (it counted compressed bytes) is dropped', async () => {
    const seen: LoadProgress[] = []
    await loadFromUrl(
      A,
      page,
      server({ [A]: () => streamed([DOC], 'close', { 'content-length': '10' }) }),
      {
        onProgress: (p) => seen.push(p),
      },
    )
    expect(seen).toContainEqual({ step: 'download', receivedBytes: DOC.length, totalBytes: null })
  })

  it('a body that keeps arriving is never cut off, however long it takes', async () => {
    vi.useFakeTimers()
    try {
      const parts = DOC.match(/.{1,8}/g) ?? []
      const trickle = server({
        [A]: () =>
          new Response(
            new ReadableStream<Uint8Array>({
              async start(c) {
                for (const part of parts) {
                  await new Promise((r) => setTimeout(r, 1_000))
                  c.enqueue(encode(part))
                }
                c.close()
              },
            }),
          ),
      })
      const pending = loadFromUrl(A, page, trickle, { silenceMs: 3_000 })
      // Far longer than the silence limit in all, never silent for as long as it.
      await vi.advanceTimersByTimeAsync(parts.length * 1_000 + 500)
      const outcome = await pending
      expect(parts.length * 1_000).toBeGreaterThan(3_000)
      expect(outcome.ok).toBe(true)
    } finally {
      vi.useRealTimers()
    }
  })

  it('a body that stops arriving is given up on after the silence limit, naming what came', async () => {
    vi.useFakeTimers()
    try {
      const stall = server({
        [A]: (init) =>
          new Response(
            new ReadableStream<Uint8Array>({
              start(c) {
                c.enqueue(encode('x'.repeat(2048)))
                init?.signal?.addEventListener('abort', () =>
                  c.error(new DOMException('aborted', 'AbortError')),
                )
              },
            }),
          ),
      })
      const pending = loadFromUrl(A, page, stall, { silenceMs: 3_000 })
      await vi.advanceTimersByTimeAsync(3_000)
      const outcome = await pending
      expect(outcome).toMatchObject({ ok: false, code: 'timeout' })
      expect(!outcome.ok && outcome.message).toMatch(/for 3 seconds after 2 KB/)
    } finally {
      vi.useRealTimers()
    }
  })
})
