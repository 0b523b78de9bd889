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
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/not an http or https URL/),
    })
  })

  it('names the server’s answer when the document is missing', async () => {
    const outcome = await loadFromUrl('https://x.example/a.json', page, respond('nope', 404))
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/answered 404 Not Found/) })
  })

  it('says when the body is not JSON', async () => {
    const outcome = await loadFromUrl('https://x.example/a.json', page, respond('<html>'))
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/not valid JSON/) })
  })

  it('says when the network or CORS refused', async () => {
    const outcome = await loadFromUrl(
      'https://x.example/a.json',
      page,
      vi.fn().mockRejectedValue(new TypeError('Failed to fetch')),
    )
    expect(outcome).toEqual({
      ok: false,
      message: expect.stringMatching(/could not be reached.*CORS/),
    })
  })

  it('returns the parsed document and its problems', async () => {
    const body = JSON.stringify({
      events: [{ id: 'a', kind: 'k', title: 'A', start: '2026-01-01T00:00:00Z' }],
    })
    const outcome = await loadFromUrl('https://x.example/a.json', page, respond(body))
    expect(outcome.ok && outcome.result.document?.events[0]?.id).toBe('a')
  })
})
