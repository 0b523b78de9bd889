import type { ReactElement } from 'react'
/**
 * What follows a deep link, loaded only when the address has one: landing on its card or mark, or
 * the notice for an id this document does not have.
 */
import { land, findEvent, findQuoteCard } from '../lib/land'
import type { TimelineStore } from '../store/createTimelineStore'
import type { UrlState } from './urlState'

/** What the page says, politely, about a deep link that names nothing in this timeline. */
export interface LinkNotice {
  text: string
  element: ReactElement
}

/**
 * After `useHashSync` applied `link`: when it selected something, brings that on screen (the full
 * view also puts focus on it; an embed takes no focus on load, the contract, and scrolls only
 * within its frame) and returns null; when it named an id the document lacks, which selects
 * nothing and keeps the view, returns the notice (its text, and how the page shows it).
 */
export function followLink(
  store: TimelineStore,
  link: UrlState,
  selected: boolean,
  embed: boolean,
): LinkNotice | null {
  const { selectionSeq, selectedEventId, selectedQuoteId } = store.getState()
  if (!selected) {
    const what = link.quoteId ? `quote “${link.quoteId}”` : `event “${link.eventId ?? ''}”`
    const rest = selectedEventId ? '' : '; showing the whole timeline'
    const text = `No ${what} in this timeline${rest}.`
    const element = (
      <p
        role="status"
        className="rounded-md border border-line bg-surface-2 px-3 py-2 text-sm text-ink"
        data-link-notice
      >
        {text}
      </p>
    )
    return { text, element }
  }
  void land(selectedQuoteId ? findQuoteCard(selectedQuoteId) : findEvent(selectedEventId ?? ''), {
    focus: !embed,
    current: () => store.getState().selectionSeq === selectionSeq,
  })
  return null
}
