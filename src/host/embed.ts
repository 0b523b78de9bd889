/**
 * embed.js: the script a newsroom adds once to an article page that holds Quoteline iframes.
 * Dependency-free. It pairs each iframe with its messages by `event.source`, sizes the frame to
 * the height the embed reports, re-dispatches every message as a DOM event on the iframe
 * (`quoteline:ready`, `quoteline:select`, …) and offers `window.Quoteline`:
 *
 *   Quoteline.select(iframe, id)      select an event or a quote in that embed
 *   Quoteline.getState(iframe)        a promise of { hash, eventId, quoteId }
 *   Quoteline.requestResize(iframe)   ask the embed to report its height again
 *   Quoteline.embeds()                the iframes that have spoken, with their embedId
 *
 * When a reader selects something inside an embed, the embed says where its reading area is
 * (`reveal`); if that lies outside the window, the page scrolls just enough to show it. A host
 * turns this off with `data-reveal="off"` on the iframe, or by calling `preventDefault()` on the
 * `quoteline:reveal` event.
 */
import {
  clampHeight,
  commandMessage,
  isEnvelope,
  revealDelta,
  type CommandType,
  type Envelope,
  type StatePayload,
} from '../embed/protocol'

interface Paired {
  embedId: string
  /** Answers awaited by requestId. */
  waiting: Map<string, (payload: unknown) => void>
}

export interface QuotelineHostApi {
  version: 1
  select: (iframe: HTMLIFrameElement, id: string) => void
  getState: (iframe: HTMLIFrameElement, timeoutMs?: number) => Promise<StatePayload>
  requestResize: (iframe: HTMLIFrameElement) => void
  embeds: () => { iframe: HTMLIFrameElement; embedId: string }[]
}

declare global {
  interface Window {
    Quoteline?: QuotelineHostApi
  }
}

function install(): void {
  // Added twice on one page (two embed snippets): the first copy serves both.
  if (window.Quoteline) return
  const paired = new Map<HTMLIFrameElement, Paired>()
  let nextRequest = 0

  const frameOf = (source: MessageEventSource | null): HTMLIFrameElement | null => {
    if (!source) return null
    for (const frame of Array.from(document.getElementsByTagName('iframe'))) {
      if (frame.contentWindow === source) return frame
    }
    return null
  }

  const send = (iframe: HTMLIFrameElement, type: CommandType, payload: object) => {
    const embedId = paired.get(iframe)?.embedId
    // A sandboxed embed has an opaque origin, which only "*" can address; commands carry ids only.
    iframe.contentWindow?.postMessage(commandMessage(type, payload, embedId), '*')
  }

  window.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data
    if (!isEnvelope(data)) return
    const iframe = frameOf(event.source)
    if (!iframe) return
    const message = data as Envelope<string, Record<string, unknown> | null>
    let entry = paired.get(iframe)
    if (!entry || (message.type === 'ready' && entry.embedId !== message.embedId)) {
      // First contact, or the frame reloaded: this embedId now speaks for the iframe.
      entry = { embedId: message.embedId, waiting: new Map() }
      paired.set(iframe, entry)
    } else if (entry.embedId !== message.embedId) return
    const payload = message.payload && typeof message.payload === 'object' ? message.payload : {}
    if (message.type === 'ready' || message.type === 'resize') {
      const height = clampHeight(payload.height)
      if (height !== null) iframe.style.height = `${height}px`
    }
    const requestId = typeof payload.requestId === 'string' ? payload.requestId : null
    if (requestId) entry.waiting.get(requestId)?.(message)
    const reveal = message.type === 'reveal'
    const proceed = iframe.dispatchEvent(
      new CustomEvent(`quoteline:${message.type}`, {
        bubbles: true,
        // A host page may take over (or refuse) the scroll a reveal would make.
        cancelable: reveal,
        detail: { ...payload, embedId: message.embedId },
      }),
    )
    if (reveal && proceed) revealArea(iframe, payload.top, payload.height)
  })

  /** Scrolls the page just enough to show the area `top`..`top + height` of the frame. */
  const revealArea = (iframe: HTMLIFrameElement, top: unknown, height: unknown) => {
    if (typeof top !== 'number' || typeof height !== 'number') return
    if (!Number.isFinite(top) || !Number.isFinite(height) || height < 0) return
    if (iframe.getAttribute('data-reveal') === 'off') return
    const y = iframe.getBoundingClientRect().top + iframe.clientTop + top
    const move = revealDelta(y, y + height, window.innerHeight)
    if (move === 0) return
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    window.scrollBy({ top: move, behavior: reduce ? 'auto' : 'smooth' })
  }

  const api: QuotelineHostApi = {
    version: 1,
    select: (iframe, id) => send(iframe, 'select', { id: String(id) }),
    requestResize: (iframe) => send(iframe, 'requestResize', {}),
    getState: (iframe, timeoutMs = 5000) =>
      new Promise((resolve, reject) => {
        const entry = paired.get(iframe)
        if (!entry) return reject(new Error('This iframe has not said it is ready yet.'))
        const requestId = `r${++nextRequest}`
        const timer = setTimeout(() => {
          entry.waiting.delete(requestId)
          reject(new Error('The embed did not answer in time.'))
        }, timeoutMs)
        entry.waiting.set(requestId, (message) => {
          clearTimeout(timer)
          entry.waiting.delete(requestId)
          const m = message as Envelope<string, StatePayload | { message: string }>
          if (m.type === 'state') resolve(m.payload as StatePayload)
          else reject(new Error((m.payload as { message: string }).message))
        })
        send(iframe, 'getState', { requestId })
      }),
    embeds: () =>
      Array.from(paired, ([iframe, entry]) => ({ iframe, embedId: entry.embedId })).filter(
        ({ iframe }) => iframe.isConnected,
      ),
  }
  window.Quoteline = api
}

install()
