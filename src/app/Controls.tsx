import { zoneAbbreviation, type ZoneChoice } from '../domain/formatTime'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { Segmented } from '../ui/Segmented'
import type { ThemeChoice } from './useTheme'

/** Time-zone and theme switches. */
export function Controls({
  theme,
  setTheme,
}: {
  theme: ThemeChoice
  setTheme: (t: ThemeChoice) => void
}) {
  const store = useTimelineStore()
  const zone = useTimeline((s) => s.zone)
  const docZoneName = useTimeline((s) =>
    zoneAbbreviation(s.document.events[0]?.startMs ?? 0, s.document.timezone),
  )
  const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  // A document told in UTC needs no second "UTC" button: its own zone is UTC.
  const documentInUtc = docZoneName === 'UTC'
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <Segmented<ZoneChoice>
        label="Times in"
        value={documentInUtc && zone === 'utc' ? 'document' : zone}
        onChange={(z) => store.getState().setZone(z)}
        options={[
          { value: 'document', label: docZoneName, title: 'The time where it happened' },
          { value: 'reader', label: 'My time', title: `Your time zone (${readerZone})` },
          ...(documentInUtc ? [] : [{ value: 'utc' as const, label: 'UTC' }]),
        ]}
      />
      <Segmented<ThemeChoice>
        label="Theme"
        value={theme}
        onChange={setTheme}
        options={[
          { value: 'auto', label: 'Auto' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
      />
    </div>
  )
}
