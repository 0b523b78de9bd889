import { zoneAbbreviation, type ZoneChoice } from '../domain/formatTime'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'
import { Segmented } from '../ui/Segmented'
import { THEME_CHOICES, type ThemeChoice } from '../ui/theme'

/** The time-zone and theme switches inside "Display" (loaded when it first opens). */
export default function DisplayOptions({
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
    <>
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
        options={THEME_CHOICES}
      />
    </>
  )
}
