import { useMemo } from 'react'
import { resolveZone } from '../domain/formatTime'
import type { Quote } from '../domain/types'
import { selectSourceIndex, selectSpeakerIndex } from '../store/selectors'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { EventListItem } from './EventListItem'

/**
 * The text alternative to the chart: every event in time order with its time, title, speakers,
 * quotes and sources. Choosing an event selects it, as a click on its mark would.
 */
export function EventList() {
  const store = useTimelineStore()
  const doc = useTimeline((s) => s.document)
  const selectedEventId = useTimeline((s) => s.selectedEventId)
  const selectedQuoteId = useTimeline((s) => s.selectedQuoteId)
  const zone = useTimeline((s) => resolveZone(s.zone, s.document.timezone))
  const sources = useTimeline(selectSourceIndex)
  const speakers = useTimeline(selectSpeakerIndex)
  const quotesByEvent = useMemo(() => {
    const map = new Map<string, Quote[]>()
    for (const q of doc.quotes) map.set(q.eventId, [...(map.get(q.eventId) ?? []), q])
    return map
  }, [doc])

  return (
    <section aria-labelledby="event-list-heading" className="flex flex-col gap-3">
      <h2 id="event-list-heading" className="text-lg font-bold text-ink">
        Every event, in time order
      </h2>
      <ol className="m-0 flex list-none flex-col gap-3 p-0">
        {doc.events.map((event) => (
          <EventListItem
            key={event.id}
            event={event}
            quotes={quotesByEvent.get(event.id) ?? []}
            zone={zone}
            sources={sources}
            speakers={speakers}
            selected={event.id === selectedEventId}
            selectedQuoteId={selectedQuoteId}
            onSelect={(id) => store.getState().selectEvent(id, 'list')}
          />
        ))}
      </ol>
    </section>
  )
}
