import { useEffect, useState } from 'react'
import { describeTime, resolveZone } from '../domain/formatTime'
import { useTimelineStore } from '../store/TimelineContext'
import { selectSelectedEvent } from '../store/selectors'

/** Says briefly, once, which event a selection chose when focus did not move to it. */
export function Announcer() {
  const store = useTimelineStore()
  const [message, setMessage] = useState('')
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (s.selectionSeq === prev.selectionSeq || !s.selectedEventId) return
        if (s.selectionCause === 'key' || s.selectionCause === 'click') return
        const event = selectSelectedEvent(s)
        if (!event) return
        const zone = resolveZone(s.zone, s.document.timezone)
        setMessage(`Selected: ${event.title}, ${describeTime(event.start, zone)}`)
      }),
    [store],
  )
  return (
    <div role="status" aria-live="polite" className="sr-only">
      {message}
    </div>
  )
}
