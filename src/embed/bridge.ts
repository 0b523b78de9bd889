/**
 * The embed's side of the host-page protocol: posts ready, resize, select, state and error, and
 * answers the host's commands. Only public data travels: ids, the title, counts and the hash.
 */
import { findQuote } from '../domain/navigation'
import { prefersReducedMotion } from '../lib/motion'
import type { TimelineStore } from '../store/createTimelineStore'
import { selectEventIndex } from '../store/selectors'
import {
  clampHeight,
  envelope,
  parseCommand,
  REVEAL_MARGIN_PX,
  revealDelta,
  type Command,
  type ErrorPayload,
  type OutgoingType,
  type ReadyPayload,
  type RevealPayload,
  type SelectPayload,
  type StatePayload,
} from './protocol'
import { encodeHash } from './urlState'

export interface BridgeOptions {
  embedId: string
  /** Messages go only to this origin, and commands are taken only from it; null means any. */
  parentOrigin: string | null
  /** The page messages go to and commands come from: `window.parent`. */
  host: Window
  /** Where commands arrive: this frame's window. */
  self: Window
  /** The content's height in CSS pixels (not the frame's). */
  measure: () => number
  /** Calls back whenever the content may have changed size; returns a function that stops. */
  observe: (changed: () => void) => () => void
}

export interface EmbedBridge {
  /** Starts listening and tracking the height; returns a function that stops. */
  start: () => () => void
  /** Posts `ready` (once per page) and then follows the store's selection. */
  attach: (store: TimelineStore, title: string) => () => void
  /** Posts `ready` with status "error" (once) and an `error` message. */
  fail: (code: string, message: string) => void
  /** Posts an `error` about something the page asked for (a deep link), after `ready`. */
  report: (code: string, message: string) => void
}

function statePayload(store: TimelineStore): StatePayload {
  const { selectedEventId: eventId, selectedQuoteId: quoteId } = store.getState()
  return {
    hash: encodeHash({ ...(eventId ? { eventId } : {}), ...(quoteId ? { quoteId } : {}) }),
    eventId,
    quoteId,
  }
}

function selectPayload(store: TimelineStore): SelectPayload {
  const s = store.getState()
  const index = s.selectedEventId ? selectEventIndex(s).get(s.selectedEventId)?.index : undefined
  return {
    eventId: s.selectedEventId,
    quoteId: s.selectedQuoteId,
    index: index ?? null,
    total: s.document.events.length,
    cause: s.selectionCause,
  }
}

/** The content's height: the root element's box, which never depends on the frame's height. */
export const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height)

/** Calls back when the root element's box changes size; returns a function that stops. */
export function observe(changed: () => void): () => void {
  if (typeof ResizeObserver !== 'function') return () => {}
  const observer = new ResizeObserver(changed)
  observer.observe(document.documentElement)
  return () => observer.disconnect()
}

/** Selections a reader makes in the frame: these, and only these, reveal their reading area. */
const READER_CAUSES: readonly (string | null)[] = ['click', 'key', 'button', 'quote', 'list']

/**
 * The reading area of the selection in frame coordinates: the event's detail and its first quote
 * card (the selected quote's card, or the selected row of the list view), as one rectangle.
 */
function readingArea(): RevealPayload | null {
  const parts = [
    document.querySelector('section[aria-label="Event detail"]'),
    document.querySelector('figure[data-quote-id][data-selected="true"]') ??
      document.querySelector('figure[data-quote-id][data-highlighted="true"]'),
    document.querySelector('[data-list-event-id][data-selected="true"]'),
  ].flatMap((el) => {
    const r = el?.getBoundingClientRect()
    return r && r.height > 0 ? [r] : []
  })
  if (parts.length === 0) return null
  const top = Math.min(...parts.map((r) => r.top))
  const left = Math.min(...parts.map((r) => r.left))
  const bottom = Math.max(...parts.map((r) => r.bottom))
  const right = Math.max(...parts.map((r) => r.right))
  return { top, left, width: right - left, height: bottom - top }
}

/**
 * After a reader's selection: once the panels have settled, shows the reading area within the
 * frame when the frame scrolls itself (no embed.js), then tells the host page where it is.
 */
async function revealReadingArea(post: (area: RevealPayload) => void, current: () => boolean) {
  // Loaded here rather than with the bridge, which the full view's first screen waits for.
  const { whenStill } = await import('../lib/land')
  // The store has changed; the panels render after this call: wait for them, then for the
  // quote list's own scroll to the card.
  await whenStill(document.body)
  const first = document.querySelector('figure[data-quote-id][data-highlighted="true"]')
  if (first) await whenStill(first)
  const area = readingArea()
  if (!area || !current()) return
  // Within the frame, the whole area when it fits, else the first quote card.
  const fits = area.height <= window.innerHeight - 2 * REVEAL_MARGIN_PX
  const card = fits ? null : first?.getBoundingClientRect()
  const [top, bottom] = card ? [card.top, card.bottom] : [area.top, area.top + area.height]
  const move = revealDelta(top, bottom, window.innerHeight)
  if (move !== 0)
    window.scrollBy({ top: move, behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
  const round = (n: number) => Math.round(n)
  post({
    top: round(area.top - move),
    left: round(area.left),
    width: round(area.width),
    height: round(area.height),
  })
}

/** Creates the bridge; nothing is posted or listened to before `start`. */
export function createEmbedBridge(opts: BridgeOptions): EmbedBridge {
  let store: TimelineStore | null = null
  let readySent = false
  let lastHeight: number | null = null
  let lastHash: string | null = null
  /** The requestId of the host command being carried out, echoed in the answer it causes. */
  let pendingRequestId: string | undefined
  /** Errors reported before `ready`, which a host page hears first. */
  const early: ErrorPayload[] = []

  const post = (type: OutgoingType, payload: object) => {
    const withId = pendingRequestId ? { ...payload, requestId: pendingRequestId } : payload
    try {
      opts.host.postMessage(envelope(type, opts.embedId, withId), opts.parentOrigin ?? '*')
    } catch {
      // A host that navigated away or a mismatched parentOrigin: nothing to tell.
    }
  }
  const height = () => clampHeight(opts.measure()) ?? 0
  const postHeight = (force: boolean) => {
    const h = height()
    if (!force && h === lastHeight) return
    lastHeight = h
    post('resize', { height: h })
  }
  const postState = (force: boolean) => {
    if (!store) return
    const state = statePayload(store)
    if (!force && state.hash === lastHash) return
    lastHash = state.hash
    post('state', state)
  }

  const carryOut = (command: Command) => {
    if (command.type === 'requestResize') return postHeight(true)
    if (!store) return post('error', { code: 'not-ready', message: 'The timeline is not ready.' })
    if (command.type === 'getState') return postState(true)
    const s = store.getState()
    const id = command.id ?? ''
    if (selectEventIndex(s).has(id)) s.selectEvent(id, 'host')
    else if (findQuote(s.document, id)) s.selectQuote(id, 'host')
    else post('error', { code: 'unknown-id', message: `No event or quote has the id "${id}".` })
  }

  const onMessage = (e: MessageEvent) => {
    if (e.source !== opts.host) return
    if (opts.parentOrigin !== null && e.origin !== opts.parentOrigin) return
    const command = parseCommand(e.data, opts.embedId)
    if (!command) return
    pendingRequestId = command.requestId
    try {
      carryOut(command)
    } finally {
      pendingRequestId = undefined
    }
  }

  const sendReady = (payload: Omit<ReadyPayload, 'height'>) => {
    if (readySent) return
    readySent = true
    lastHeight = height()
    post('ready', { ...payload, height: lastHeight })
    early.splice(0).forEach((e) => post('error', e))
  }

  return {
    start() {
      opts.self.addEventListener('message', onMessage)
      let frame = 0
      // Coalesced to one message a frame, and only when the whole-pixel height changes.
      const stopObserving = opts.observe(() => {
        if (frame || !readySent) return
        frame = requestAnimationFrame(() => {
          frame = 0
          postHeight(false)
        })
      })
      return () => {
        opts.self.removeEventListener('message', onMessage)
        stopObserving()
        if (frame) cancelAnimationFrame(frame)
      }
    },
    attach(next, title) {
      store = next
      sendReady({ status: 'ready', title, eventCount: next.getState().document.events.length })
      if (next.getState().selectedEventId) post('select', selectPayload(next))
      postState(false)
      const unsubscribe = next.subscribe((s, prev) => {
        if (s.selectionSeq === prev.selectionSeq) return
        post('select', selectPayload(next))
        postState(false)
        if (!READER_CAUSES.includes(s.selectionCause)) return
        const seq = s.selectionSeq
        void revealReadingArea(
          (area) => post('reveal', area),
          () => next.getState().selectionSeq === seq,
        )
      })
      return () => {
        unsubscribe()
        if (store === next) store = null
      }
    },
    fail(code, message) {
      sendReady({ status: 'error', title: null, eventCount: 0 })
      post('error', { code, message })
    },
    report(code, message) {
      if (readySent) post('error', { code, message })
      else early.push({ code, message })
    },
  }
}
