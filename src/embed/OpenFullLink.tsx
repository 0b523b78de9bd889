import { onDemand, PartBoundary } from '../ui/PartBoundary'

// Only embeds show the link: the full view's bundle carries this loader alone, and the embed page,
// which has all its code inline, gets it at once.
const FullViewLink = onDemand(() =>
  import('./FullViewLink').then((m) => ({ default: m.FullViewLink })),
)

/** "Open full timeline": the full view in a new tab, with the embed's document and selection. */
export function OpenFullLink() {
  return (
    <PartBoundary what="The link to the full timeline">
      <FullViewLink />
    </PartBoundary>
  )
}
