import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/app/App'
import { Loading } from '../../src/app/Loading'
import { sampleDocument } from '../fixtures/sampleDocument'

const SRC = 'https://data.example/council.json'
const BODY = JSON.stringify(sampleDocument)

/**
 * A server for SRC that sends the first half of the document at once, and the rest when
 * `finish` is called: a download the test can watch while it is under way. Like a browser's
 * fetch, an abort breaks the body.
 */
function slowServer() {
  const bytes = new TextEncoder().encode(BODY)
  const half = Math.floor(bytes.length / 2)
  let finish = () => {}
  const fetchStub = vi.fn(async (href: string | URL | Request, init?: RequestInit) => {
    if (String(href) !== SRC) throw new TypeError('Failed to fetch')
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, half))
        finish = () => {
          c.enqueue(bytes.slice(half))
          c.close()
        }
        init?.signal?.addEventListener('abort', () =>
          c.error(new DOMException('aborted', 'AbortError')),
        )
      },
    })
    return new Response(body, {
      headers: { 'content-type': 'application/json', 'content-length': String(bytes.length) },
    })
  })
  return { fetchStub, finish: () => finish(), half, total: bytes.length }
}

afterEach(() => {
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

describe('a ?src= document on its way', { timeout: 30_000 }, () => {
  it('shows the bytes so far against the total, then the timeline', async () => {
    const server = slowServer()
    vi.stubGlobal('fetch', server.fetchStub)
    window.history.replaceState(null, '', `/?src=${encodeURIComponent(SRC)}`)
    render(<App />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading the timeline…')
    const bar = await screen.findByRole('progressbar', { name: 'Downloading the timeline' })
    await waitFor(() => expect(bar).toHaveAttribute('value', String(server.half)))
    expect(bar).toHaveAttribute('max', String(server.total))
    expect(bar.getAttribute('aria-valuetext')).toMatch(/ of .* received$/)
    server.finish()
    expect(
      await screen.findByRole('heading', { level: 1, name: sampleDocument.title }),
    ).toBeInTheDocument()
  })

  it('Cancel stops the download and says how far it got, with no timeline in its place', async () => {
    const server = slowServer()
    vi.stubGlobal('fetch', server.fetchStub)
    window.history.replaceState(null, '', `/?src=${encodeURIComponent(SRC)}`)
    render(<App />)
    const bar = await screen.findByRole('progressbar', { name: 'Downloading the timeline' })
    await waitFor(() => expect(bar).toHaveAttribute('value', String(server.half)))
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Loading the timeline at ${SRC} was cancelled after `,
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'The timeline could not be shown',
    )
  })

  it('a document that arrives at once is drawn without the progress screen flashing first', async () => {
    const server = slowServer()
    vi.stubGlobal('fetch', server.fetchStub)
    window.history.replaceState(null, '', `/?src=${encodeURIComponent(SRC)}`)
    let barShown = false
    const watch = new MutationObserver(() => {
      barShown ||= document.querySelector('[role="progressbar"], progress') !== null
    })
    watch.observe(document.body, { childList: true, subtree: true })
    render(<App />)
    await waitFor(() => expect(server.fetchStub).toHaveBeenCalled())
    server.finish()
    expect(
      await screen.findByRole('heading', { level: 1, name: sampleDocument.title }),
    ).toBeInTheDocument()
    watch.disconnect()
    expect(barShown).toBe(false)
  })

  it('a large document shows its reading step, by its number of events, without the bar', () => {
    render(<Loading progress={{ step: 'read', eventCount: 20_000 }} onCancel={() => {}} />)
    expect(screen.getByRole('status')).toHaveTextContent('Reading 20,000 events…')
    expect(screen.queryByRole('progressbar')).toBeNull()
  })
})
