import type { ViewChoice } from '../store/createTimelineStore'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { Segmented } from '../ui/Segmented'
import { preloadListView } from './ListView'

/** Chart or text: the list shows every event and quote as text; the state is kept across. */
export function ViewSwitch() {
  const store = useTimelineStore()
  const view = useTimeline((s) => s.view)
  return (
    // Not a box of its own: it only starts loading the list when the reader heads for it.
    <div className="contents" onPointerOver={preloadListView} onFocus={preloadListView}>
      <Segmented<ViewChoice>
        label="View"
        value={view}
        onChange={(v) => store.getState().setView(v)}
        options={[
          { value: 'timeline', label: 'Timeline' },
          { value: 'list', label: 'List', title: 'Every event and quote as text' },
        ]}
      />
    </div>
  )
}
