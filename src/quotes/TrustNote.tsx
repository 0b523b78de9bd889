import { onDemand, PartBoundary } from '../ui/PartBoundary'

// Below the timeline, never needed to draw it: its words load after the first screen.
const Body = onDemand(() => import('./TrustNoteBody'))

/** How to read this document's quotes and times, and its corrections. Shown in every layout. */
export function TrustNote({ short = false }: { short?: boolean }) {
  return (
    <PartBoundary what="The note on how to read this timeline">
      <Body short={short} />
    </PartBoundary>
  )
}
