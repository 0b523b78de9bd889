import { useTimeline } from '../store/TimelineContext'
import { Popover } from '../ui/Popover'
import { onDemand, PartBoundary } from '../ui/PartBoundary'

// The key loads when the reader first points at, focuses or opens it.
const LegendKey = onDemand(() => import('./LegendKey'))

/**
 * "Key": one button on the page, and a press away what each mark's colour and shape means, with
 * the kind toggles. Its label says when some kinds are hidden.
 */
export function Legend() {
  const active = useTimeline((s) => s.filters.kinds.length)
  return (
    <Popover
      label={active > 0 ? `Key · ${active} shown` : 'Key'}
      title="What the marks mean; show only some kinds of event"
      onOpen={LegendKey.preload}
    >
      <PartBoundary what="The key">
        <LegendKey />
      </PartBoundary>
    </Popover>
  )
}
