import { describe, expect, it, vi } from 'vitest'
import { loadFromUrl, resolveSource } from '../../src/data-io/loadFromUrl'

const page = 'https://news.example/timeline/index.html?src=x'
const respond = (body: string, status = 200) =>
  vi
    .fn()
    .mockResolvedValue(
      new Response(body, { status, statusText: status === 404 ? 'Not Found' : '' }),
    )

describe('loading a document from ?src=', () => {
  it('resolves relative addresses against the page and refuses non-http schemes', () => {
    expect(resolveSource('data/doc.json', page)?.href).toBe(
      'https://news.example/timeline/data/doc.json',
    )
    expect(resolveSource('javascript:alert(1)', page)).toBeNull()
    expect(resolveSource('file:///etc/passwd', page)).toBeNull()
  })

  it('does not fetch a non-http address and says why', async () => {
    const fetchImpl = vi.fn()
    const outcome = await loadFromUrl('data:application/json,{}', page, fetchImpl)
    expect(fetchImpl).not.toHaveBeenCalled()
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not an http or https URL/),
    })
  })

  it('names the server’s answer when the document is missing', async () => {
    const outcome = await loadFromUrl('https://x.example/a.json', page, respond('nope', 404))
    expect(outcome).toMatchObject({
      ok: false,
      message: expect.stringMatching(/answered 404 Not Found/),
    })
  })

  it('says when the body is not JSON', async () => {
    const outcome = await loadFromUrl('https://x.example/a.json', page, respond('<html>'))
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/not valid JSON/) })
  })

  it('returns the parsed document and its problems', async () => {
    const body = JSON.stringify({
      events: [{ id: 'a', kind: 'k', title: 'A', start: '2026-01-01T00:00:00Z' }],
    })
    const outcome = await loadFromUrl('https://x.example/a.json', page, respond(body))
    expect(outcome.ok && outcome.result.document?.events[0]?.id).toBe('a')
  })
})

describe('what a failed ?src= load says', () => {
  const typed = (body: string, type: string, init: ResponseInit = {}) =>
    vi
      .fn()
      .mockResolvedValue(
        new Response(body, { ...init, headers: { 'content-type': type, ...init.headers } }),
      )

  it('a web page in place of the file is named as such', async () => {
    const outcome = await loadFromUrl(
      'https://x.example/a.json',
      page,
      typed('<!doctype html><p>Login', 'text/html; charset=utf-8'),
    )
    expect(outcome).toMatchObject({ ok: false, code: 'wrong-type' })
    expect(!outcome.ok && outcome.message).toMatch(/web page \(text\/html\).*raw JSON/)
  })

  it('JSON served as text/plain is read (many hosts do that)', async () => {
    const body = JSON.stringify({
      events: [{ id: 'a', kind: 'k', title: 'A', start: '2026-01-01T00:00:00Z' }],
    })
    const outcome = await loadFromUrl('https://x.example/a.json', page, typed(body, 'text/plain'))
    expect(outcome.ok).toBe(true)
  })

  it('a redirect is followed and named in the message when the end of it fails', async () => {
    const response = new Response('{', { status: 200 })
    Object.defineProperty(response, 'redirected', { value: true })
    Object.defineProperty(response, 'url', { value: 'https://y.example/moved.json' })
    const outcome = await loadFromUrl(
      'https://x.example/a.json',
      page,
      vi.fn().mockResolvedValue(response),
    )
    expect(outcome).toMatchObject({ ok: false, code: 'not-json' })
    expect(!outcome.ok && outcome.message).toMatch(
      /https:\/\/x\.example\/a\.json \(redirected to https:\/\/y\.example\/moved\.json\)/,
    )
  })

  it('a body over the size cap is refused without being read whole', async () => {
    const outcome = await loadFromUrl(
      'https://x.example/a.json',
      page,
      typed('{}', 'application/json', { headers: { 'content-length': String(500 * 1024 * 1024) } }),
    )
    expect(outcome).toMatchObject({ ok: false, code: 'too-large' })
  })

  it('a server that never answers is given up on after 15 seconds of silence', async () => {
    vi.useFakeTimers()
    try {
      const never = vi.fn(
        (_: unknown, init?: RequestInit) =>
          new Promise<Response>((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () =>
              reject(new DOMException('aborted', 'AbortError')),
            ),
          ),
      )
      const pending = loadFromUrl('https://x.example/a.json', page, never as typeof fetch)
      await vi.advanceTimersByTimeAsync(15_000)
      const outcome = await pending
      expect(outcome).toMatchObject({ ok: false, code: 'timeout' })
      expect(!outcome.ok && outcome.message).toMatch(/Nothing arrived .* for 15 seconds/)
    } finally {
      vi.useRealTimers()
    }
  })
})
