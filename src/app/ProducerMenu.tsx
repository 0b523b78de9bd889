import { Popover } from '../ui/Popover'
import type { OpenDocument } from '../documents/openDocument'
import { onDemand, PartBoundary } from '../ui/PartBoundary'

// The menu's items load when a producer first points at, focuses or opens it.
const ProducerTools = onDemand(() => import('./ProducerTools'))

/**
 * What a producer reaches for (open or paste another timeline, export, embed), one menu away from
 * the reader's path.
 */
export function ProducerMenu(props: { onOpen: OpenDocument | undefined; onEmbed: () => void }) {
  return (
    <Popover label="Producer tools" align="end" onOpen={ProducerTools.preload}>
      <PartBoundary what="The producer tools">
        <ProducerTools {...props} />
      </PartBoundary>
    </Popover>
  )
}
