import { onDemand, PartBoundary } from '../ui/PartBoundary'

// The list view loads when the reader first asks for it (pointing at or focusing the view
// switch starts it), or at once when the page opens in it.
const loadList = () => import('./EventList')
const EventList = onDemand(() => loadList().then((m) => ({ default: m.EventList })))

let preloaded = false

/** Starts loading the list view (once). */
export function preloadListView(): void {
  if (preloaded) return
  preloaded = true
  void loadList().catch(() => {})
}

/** Every event and quote as text: the text alternative to the chart. */
export function ListView() {
  return (
    <PartBoundary what="The list view">
      <EventList />
    </PartBoundary>
  )
}
