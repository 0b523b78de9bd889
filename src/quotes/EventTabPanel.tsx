import type { KeyboardEvent, ReactNode, Ref } from 'react'
import { selectFilteredEvents } from '../store/selectors'
import { useTimeline } from '../store/TimelineContext'

/**
 * The tab panel of the event marks: the selected event's detail and the quotes. It is named by
 * the selected mark while that mark is drawn (a kind filter may hide it).
 */
export function EventTabPanel({
  className,
  children,
  ref,
  onKeyDown,
}: {
  className: string
  children: ReactNode
  ref?: Ref<HTMLDivElement>
  onKeyDown?: (e: KeyboardEvent<HTMLDivElement>) => void
}) {
  const labelledBy = useTimeline((s) => {
    const id = s.selectedEventId
    return id && selectFilteredEvents(s).some((e) => e.id === id) ? `mark-${id}` : undefined
  })
  return (
    // Escape from anywhere in the panel goes back to the mark (the keys bubble up to here).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      ref={ref}
      id="event-panel"
      role="tabpanel"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : 'Event detail and quotes'}
      className={className}
      onKeyDown={onKeyDown}
      data-reading-scroll=""
    >
      {children}
    </div>
  )
}
