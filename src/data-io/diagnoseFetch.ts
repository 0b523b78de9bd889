/**
 * Why a fetch failed before any answer could be read. A browser says only "Failed to fetch" for a
 * network failure, a CORS refusal and a redirect loop alike; two small requests to the same
 * address tell them apart as far as a page can: what is known is said, and no more.
 */

export type FetchFailure = 'redirect' | 'cors' | 'unreachable'

const PROBE_MS = 5_000

async function probe(fetchImpl: typeof fetch, href: string, init: RequestInit) {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), PROBE_MS)
  try {
    const response = await fetchImpl(href, {
      ...init,
      credentials: 'omit',
      cache: 'no-store',
      signal: controller.signal,
    })
    void response.body?.cancel().catch(() => {})
    return response
  } finally {
    clearTimeout(timer)
  }
}

/**
 * "redirect" when the address answers with a redirect (so following it is what failed), "cors"
 * when it answers a no-cors request (so the server is there but does not let this page read it),
 * else "unreachable".
 */
export async function diagnoseFetch(fetchImpl: typeof fetch, href: string): Promise<FetchFailure> {
  try {
    const answer = await probe(fetchImpl, href, { redirect: 'manual' })
    if (answer.type === 'opaqueredirect') return 'redirect'
  } catch {
    // Refused or unreachable: the next request tells which.
  }
  try {
    await probe(fetchImpl, href, { mode: 'no-cors' })
    return 'cors'
  } catch {
    return 'unreachable'
  }
}
