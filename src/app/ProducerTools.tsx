import { Button } from '../ui/Button'
import { DataMenu } from '../documents/DataMenu'
import type { OpenDocument } from '../documents/openDocument'
import { ExportMenu } from '../data-io/ui/ExportMenu'
import * as opener from './opener'

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
      {onOpen ? <DataMenu onOpen={onOpen} opener={opener} /> : null}
      <ExportMenu />
      <div>
        <Button onClick={onEmbed} aria-haspopup="dialog">
          Embed
        </Button>
      </div>
      <div>
        <a
          href="./studio.html"
          className="btn inline-flex min-h-8 items-center rounded-md border border-line bg-surface px-2.5 text-sm font-medium text-ink hover:bg-surface-2"
        >
          Make a timeline (Studio)
        </a>
      </div>
    </>
  )
}
