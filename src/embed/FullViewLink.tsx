import { useState } from 'react'
import { fullViewUrl } from '../lib/fullViewUrl'
import { inlineFullView } from './inlineDocument'
import { useTimeline } from '../store/TimelineContext'
import { BlockedTabs } from './BlockedTabs'
import { encodeHash } from './urlState'

/** "Open full timeline": the full view in a new tab, with the embed's document and selection. */
export function FullViewLink() {
  const eventId = useTimeline((s) => s.selectedEventId)
  const quoteId = useTimeline((s) => s.selectedQuoteId)
  const hash = encodeHash({ ...(eventId ? { eventId } : {}), ...(quoteId ? { quoteId } : {}) })
  // A standalone page leads only where its producer said the full view is, if anywhere.
  const [standalone] = useState(inlineFullView)
  if (standalone === null) return null
  return (
    <>
      <a
        href={
          standalone
            ? standalone.replace(/#.*$/, '') + hash
            : fullViewUrl(window.location.href, hash)
        }
        target="_blank"
        rel="noopener"
        className="inline-flex min-h-6 items-center text-sm font-medium whitespace-nowrap text-accent underline decoration-1 underline-offset-2 hover:decoration-2"
        data-open-full
      >
        Open full timeline
        <span aria-hidden="true">&nbsp;↗</span>
        <span className="sr-only"> (opens in a new tab)</span>
      </a>
      <BlockedTabs />
    </>
  )
}
