import { useEffect } from 'react'
import { resolveQuoteId } from '../domain/quoteLinks'
import type { TimelineStore } from '../store/createTimelineStore'
import { decodeHash, encodeHash } from './urlState'

/** Minimum time between two writes of the hash. */
const WRITE_INTERVAL_MS = 250

/** Applies `#event=`/`#quote=` from the URL, then keeps the hash current with replaceState. */
export function useHashSync(store: TimelineStore): void {
  useEffect(() => {
    const apply = () => {
      const state = decodeHash(window.location.hash)
      const s = store.getState()
      // An old id (a merged card's alias) still leads to its quote.
      const quoteId = state.quoteId && resolveQuoteId(s.document, state.quoteId)
      if (quoteId) s.selectQuote(quoteId, 'url')
      else if (state.eventId) s.selectEvent(state.eventId, 'url')
    }
    apply()
    let timer: ReturnType<typeof setTimeout> | undefined
    let last = 0
    const write = () => {
      timer = undefined
      last = Date.now()
      const { selectedEventId, selectedQuoteId } = store.getState()
      const hash = encodeHash({
        ...(selectedEventId ? { eventId: selectedEventId } : {}),
        ...(selectedQuoteId ? { quoteId: selectedQuoteId } : {}),
      })
      if (hash === window.location.hash || (hash === '' && window.location.hash === '')) return
      const url = `${window.location.pathname}${window.location.search}${hash}`
      try {
        // replaceState, never pushState: inside an iframe new entries would hijack Back.
        window.history.replaceState(window.history.state, '', url)
      } catch {
        // Some sandboxes refuse history writes; the selection still works.
      }
    }
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.selectionSeq === prev.selectionSeq || timer) return
      timer = setTimeout(write, Math.max(0, WRITE_INTERVAL_MS - (Date.now() - last)))
    })
    window.addEventListener('hashchange', apply)
    return () => {
      unsubscribe()
      if (timer) clearTimeout(timer)
      window.removeEventListener('hashchange', apply)
    }
  }, [store])
}
