import { lazy } from 'react'
import { Popover } from '../ui/Popover'
import type { OpenDocument } from './openDocument'
import { Extra } from './Extra'

// The menu's items load when a producer first points at, focuses or opens it.
const load = () => import('./ProducerTools')
const ProducerTools = lazy(load)
const preload = () => void load().catch(() => {})

/**
 * What a producer reaches for (open or paste another timeline, export, embed), one menu away from
 * the reader's path.
 */
export function ProducerMenu(props: { onOpen: OpenDocument | undefined; onEmbed: () => void }) {
  return (
    <Popover label="Producer tools" align="end" onOpen={preload}>
      <Extra what="The producer tools">
        <ProducerTools {...props} />
      </Extra>
    </Popover>
  )
}
