import { resolveZone, zoneAbbreviation } from '../domain/formatTime'
import { useTimeline } from '../store/TimelineContext'

/** "times in AKDT": the zone the reader has chosen, named as it is at `atMs`. */
export function ZoneNote({ atMs }: { atMs: number }) {
  const choice = useTimeline((s) => s.zone)
  const zone = useTimeline((s) => resolveZone(choice, s.document.timezone))
  const name = zoneAbbreviation(atMs, zone)
  return <>times in {choice === 'reader' ? `your zone (${name})` : name}</>
}
