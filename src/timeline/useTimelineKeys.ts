import { useCallback, type KeyboardEvent, type RefObject } from 'react'
import { eventAWindowAway } from '../domain/navigation'
import type { TimelineEvent } from '../domain/types'
import type { TimelineStore } from '../store/createTimelineStore'
import { ZOOM_STEP } from './geometry'
import type { ZoomControls } from './useZoomBehavior'

/**
 * The timeline's one keyboard model (WAI-ARIA tabs). On a mark: Left/Right step one event in time
 * order, Home/End jump to the ends, PageUp/PageDown move by the visible window; never wrapping.
 * Anywhere in the timeline: + and - zoom, 0 fits. Up/Down are left alone so the page scrolls.
 */
export function useTimelineKeys(
  store: TimelineStore,
  events: readonly TimelineEvent[],
  controls: RefObject<ZoomControls | null>,
) {
  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return
      const s = store.getState()
      const target = e.target as HTMLElement
      // Only a mark's keys select; from a toolbar button the arrows keep their usual meaning.
      const focusedId = target.getAttribute('role') === 'tab' ? target.dataset.eventId : undefined
      const select = (event: TimelineEvent | null | undefined) =>
        event && s.selectEvent(event.id, 'key')
      const page = (direction: 1 | -1) =>
        select(
          eventAWindowAway(
            events,
            focusedId ?? null,
            s.viewport.endMs - s.viewport.startMs,
            direction,
          ),
        )
      const onMark: Record<string, () => void> = {
        ArrowRight: () => s.step(1, 'key', focusedId),
        ArrowLeft: () => s.step(-1, 'key', focusedId),
        Home: () => select(events[0]),
        End: () => select(events[events.length - 1]),
        PageDown: () => page(1),
        PageUp: () => page(-1),
      }
      const anywhere: Record<string, () => void> = {
        '+': () => controls.current?.scaleBy(ZOOM_STEP),
        '=': () => controls.current?.scaleBy(ZOOM_STEP),
        '-': () => controls.current?.scaleBy(1 / ZOOM_STEP),
        '0': () => controls.current?.fit(),
      }
      const handler = (focusedId ? onMark[e.key] : undefined) ?? anywhere[e.key]
      if (!handler) return
      e.preventDefault()
      handler()
    },
    [store, events, controls],
  )
}
