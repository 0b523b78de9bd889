import { useEffect, useState, type ReactElement } from 'react'
import { resolveQuoteId } from '../domain/quoteLinks'
import type { TimelineStore } from '../store/createTimelineStore'
import type { EmbedBridge } from './bridge'
import type { LinkNotice } from './deepLink'
import { decodeHash, encodeHash } from './urlState'

/** Minimum time between two writes of the hash. */
const WRITE_INTERVAL_MS = 250

/**
 * Applies `#event=`/`#quote=` from the URL and lands on it (full view: on screen with focus; an
 * embed: on screen within the frame), then keeps the hash current with replaceState. Returns the
 * notice (an element) for an id the document does not have, which an embed also reports to its host page.
 */
export function useHashSync(
  store: TimelineStore,
  { embed, bridge }: { embed: boolean; bridge: EmbedBridge | null },
): ReactElement | null {
  const [missing, setMissing] = useState<LinkNotice | null>(null)
  useEffect(() => {
    const apply = () => {
      const link = decodeHash(window.location.hash)
      const s = store.getState()
      // An old id (a merged card's alias) still leads to its quote.
      const quoteId = link.quoteId && resolveQuoteId(s.document, link.quoteId)
      if (quoteId) s.selectQuote(quoteId, 'url')
      else if (link.eventId) s.selectEvent(link.eventId, 'url')
      if (!link.quoteId && !link.eventId) return setMissing(null)
      // An unknown id selects nothing. Landing and the notice load only for a link.
      const selected = store.getState().selectionSeq !== s.selectionSeq
      const target = quoteId ? { ...link, quoteId } : link
      void import('./deepLink').then((m) =>
        setMissing(m.followLink(store, target, selected, embed)),
      )
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
      if (s.selectionSeq === prev.selectionSeq) return
      // The reader has chosen something else: the notice about the link has served.
      if (s.selectionCause !== 'url') setMissing(null)
      if (!timer) timer = setTimeout(write, Math.max(0, WRITE_INTERVAL_MS - (Date.now() - last)))
    })
    window.addEventListener('hashchange', apply)
    return () => {
      unsubscribe()
      if (timer) clearTimeout(timer)
      window.removeEventListener('hashchange', apply)
    }
  }, [store, embed])
  useEffect(() => {
    if (missing) bridge?.report('unknown-id', missing.text)
  }, [bridge, missing])
  return missing?.element ?? null
}
