import { beforeAll, describe, expect, it, vi } from 'vitest'
import { envelope } from '../../src/embed/protocol'

beforeAll(async () => {
  await import('../../src/host/embed')
})

function frame(): HTMLIFrameElement {
  const iframe = document.createElement('iframe')
  document.body.append(iframe)
  return iframe
}

/** Delivers a message to the page as if the iframe had posted it. */
function fromFrame(iframe: HTMLIFrameElement | null, data: unknown) {
  window.dispatchEvent(
    new MessageEvent('message', { data, source: iframe?.contentWindow ?? null, origin: 'null' }),
  )
}

const api = () => {
  if (!window.Quoteline) throw new Error('embed.js did not install window.Quoteline')
  return window.Quoteline
}

describe('embed.js, the host-page script', () => {
  it('sizes each frame to the whole-pixel height its own embed reports, within limits', () => {
    const a = frame()
    const b = frame()
    fromFrame(
      a,
      envelope('ready', 'a', { status: 'ready', title: 'T', eventCount: 3, height: 640.6 }),
    )
    fromFrame(
      b,
      envelope('ready', 'b', { status: 'ready', title: 'T', eventCount: 3, height: 900 }),
    )
    expect(a.style.height).toBe('641px')
    expect(b.style.height).toBe('900px')
    fromFrame(a, envelope('resize', 'a', { height: 1e9 }))
    expect(a.style.height).toBe('20000px')
    fromFrame(a, envelope('resize', 'a', { height: 'tall' }))
    expect(a.style.height).toBe('20000px')
    expect(
      api()
        .embeds()
        .map((e) => e.embedId),
    ).toEqual(expect.arrayContaining(['a', 'b']))
  })

  it('ignores messages from windows that are not its frames, and from another embedId', () => {
    const a = frame()
    fromFrame(a, envelope('ready', 'mine', { height: 500 }))
    fromFrame(null, envelope('resize', 'mine', { height: 700 }))
    fromFrame(a, envelope('resize', 'someone-else', { height: 700 }))
    fromFrame(a, {
      protocol: 'other',
      v: 1,
      type: 'resize',
      embedId: 'mine',
      payload: { height: 700 },
    })
    expect(a.style.height).toBe('500px')
  })

  it('re-dispatches a selection as a quoteline:select event on its iframe', () => {
    const a = frame()
    const b = frame()
    const seen: unknown[] = []
    a.addEventListener('quoteline:select', (e) => seen.push((e as CustomEvent).detail))
    fromFrame(a, envelope('ready', 'a2', { height: 500 }))
    fromFrame(b, envelope('ready', 'b2', { height: 500 }))
    fromFrame(b, envelope('select', 'b2', { eventId: 'other', index: 0, total: 3 }))
    fromFrame(a, envelope('select', 'a2', { eventId: 'vote', index: 1, total: 3 }))
    expect(seen).toEqual([{ embedId: 'a2', eventId: 'vote', index: 1, total: 3 }])
  })

  it('sends select and requestResize only to the frame named, addressed to its embed', () => {
    const a = frame()
    const b = frame()
    fromFrame(a, envelope('ready', 'a3', { height: 500 }))
    fromFrame(b, envelope('ready', 'b3', { height: 500 }))
    const toA = vi.spyOn(a.contentWindow as Window, 'postMessage')
    const toB = vi.spyOn(b.contentWindow as Window, 'postMessage')
    api().select(a, 'press-availability')
    api().requestResize(a)
    expect(toB).not.toHaveBeenCalled()
    expect(toA.mock.calls).toEqual([
      [
        {
          protocol: 'quoteline',
          v: 1,
          type: 'select',
          embedId: 'a3',
          payload: { id: 'press-availability' },
        },
        '*',
      ],
      [{ protocol: 'quoteline', v: 1, type: 'requestResize', embedId: 'a3', payload: {} }, '*'],
    ])
  })

  it('getState resolves with the answer to its own request', async () => {
    const a = frame()
    fromFrame(a, envelope('ready', 'a4', { height: 500 }))
    const toA = vi.spyOn(a.contentWindow as Window, 'postMessage')
    const answer = api().getState(a)
    const sent = toA.mock.calls[0]?.[0] as { payload: { requestId: string } }
    fromFrame(
      a,
      envelope('state', 'a4', {
        hash: '#event=x',
        eventId: 'x',
        quoteId: null,
        requestId: 'other',
      }),
    )
    fromFrame(
      a,
      envelope('state', 'a4', {
        hash: '#event=y',
        eventId: 'y',
        quoteId: null,
        requestId: sent.payload.requestId,
      }),
    )
    await expect(answer).resolves.toMatchObject({ hash: '#event=y', eventId: 'y' })
  })

  it('getState on a frame that never spoke is refused', async () => {
    await expect(api().getState(frame())).rejects.toThrow(/not said it is ready/)
  })

  it('scrolls the page just enough to show a revealed area, unless the host turned it off', () => {
    const a = frame()
    fromFrame(a, envelope('ready', 'r1', { height: 2000 }))
    // jsdom lays nothing out: the frame's box is at the window's top, the window 768 px tall.
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {})
    const reveal = (top: number, height: number) =>
      fromFrame(a, envelope('reveal', 'r1', { top, left: 0, width: 600, height }))
    reveal(100, 200)
    expect(scrollBy).not.toHaveBeenCalled()
    reveal(900, 300)
    expect(scrollBy).toHaveBeenLastCalledWith({ top: 900 + 300 - (768 - 16), behavior: 'smooth' })
    reveal(900, 2000)
    expect(scrollBy).toHaveBeenLastCalledWith({ top: 900 - 16, behavior: 'smooth' })
    reveal(Number.NaN, 10)
    expect(scrollBy).toHaveBeenCalledTimes(2)

    const refuse = (e: Event) => e.preventDefault()
    a.addEventListener('quoteline:reveal', refuse)
    reveal(900, 300)
    a.removeEventListener('quoteline:reveal', refuse)
    a.setAttribute('data-reveal', 'off')
    reveal(900, 300)
    expect(scrollBy).toHaveBeenCalledTimes(2)
    scrollBy.mockRestore()
  })
})
