import type { ViewChoice } from '../store/createTimelineStore'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { Segmented } from '../ui/Segmented'

/** Chart or text: the list shows every event and quote as text; the state is kept across. */
export function ViewSwitch() {
  const store = useTimelineStore()
  const view = useTimeline((s) => s.view)
  return (
    <Segmented<ViewChoice>
      label="View"
      value={view}
      onChange={(v) => store.getState().setView(v)}
      options={[
        { value: 'timeline', label: 'Timeline' },
        { value: 'list', label: 'List', title: 'Every event and quote as text' },
      ]}
    />
  )
}
