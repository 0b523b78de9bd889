import { useMemo } from 'react'
import { resolveZone } from '../domain/formatTime'
import type { Quote } from '../domain/types'
import { selectEventAnchor, selectSourceIndex, selectSpeakerIndex } from '../store/selectors'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { EventListItem } from './EventListItem'
import { CardWindowEdge, useCardWindow } from './useCardWindow'

/**
 * The text alternative to the chart: every event in time order with its time, title, speakers,
 * quotes and sources. Choosing an event selects it, as a click on its mark would. A long list
 * renders a window of rows around the selection (or where the timeline was), which the reader
 * widens with a button at either end, as the quote list does.
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
    for (const q of doc.quotes) {
      const list = map.get(q.eventId)
      if (list) list.push(q)
      else map.set(q.eventId, [q])
    }
    return map
  }, [doc])
  const rows = useCardWindow(doc.events.length, useTimeline(selectEventAnchor))

  return (
    <section aria-labelledby="event-list-heading" className="flex flex-col gap-3">
      <h2 id="event-list-heading" className="text-lg font-bold text-ink">
        Every event, in time order
      </h2>
      <CardWindowEdge cards={rows} edge="start" total={doc.events.length} things="events" />
      <ol className="m-0 flex list-none flex-col gap-3 p-0" start={rows.start + 1}>
        {doc.events.slice(rows.start, rows.end).map((event) => (
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
      <CardWindowEdge cards={rows} edge="end" total={doc.events.length} things="events" />
    </section>
  )
}
