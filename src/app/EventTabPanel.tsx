import type { ReactNode } from 'react'
import { selectFilteredEvents } from '../store/selectors'
import { useTimeline } from '../store/TimelineContext'

/**
 * The tab panel of the event marks: the selected event's detail and the quotes. It is named by
 * the selected mark while that mark is drawn (a kind filter may hide it).
 */
export function EventTabPanel({ className, children }: { className: string; children: ReactNode }) {
  const labelledBy = useTimeline((s) => {
    const id = s.selectedEventId
    return id && selectFilteredEvents(s).some((e) => e.id === id) ? `mark-${id}` : undefined
  })
  return (
    <div
      id="event-panel"
      role="tabpanel"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : 'Event detail and quotes'}
      className={className}
    >
      {children}
    </div>
  )
}
