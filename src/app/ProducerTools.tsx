import { Button } from '../ui/Button'
import { DataMenu } from './DataMenu'
import type { OpenDocument } from './openDocument'
import { ExportMenu } from '../data-io/ui/ExportMenu'

/** The producer menu's items (loaded when it first opens). */
export default function ProducerTools({
  onOpen,
  onEmbed,
}: {
  onOpen: OpenDocument | undefined
  onEmbed: () => void
}) {
  return (
    <>
      {onOpen ? <DataMenu onOpen={onOpen} /> : null}
      <ExportMenu />
      <div>
        <Button onClick={onEmbed} aria-haspopup="dialog">
          Embed
        </Button>
      </div>
    </>
  )
}
