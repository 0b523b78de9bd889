import { Popover } from '../ui/Popover'
import type { OpenDocument } from '../documents/openDocument'
import { LoadNoticeBody } from '../documents/LoadNotice'
import { onDemand, PartBoundary } from '../ui/PartBoundary'

// The menu's items load when a producer first points at, focuses or opens it, and with them the
// notice that follows opening a file: it then comes in with the new timeline, not after it.
const ProducerTools = onDemand(() => import('./ProducerTools'))
const preload = () => {
  ProducerTools.preload()
  LoadNoticeBody.preload()
}

/**
 * What a producer reaches for (open or paste another timeline, export, embed), one menu away from
 * the reader's path.
 */
export function ProducerMenu(props: { onOpen: OpenDocument | undefined; onEmbed: () => void }) {
  return (
    <Popover label="Producer tools" align="end" onOpen={preload}>
      <PartBoundary what="The producer tools">
        <ProducerTools {...props} />
      </PartBoundary>
    </Popover>
  )
}
