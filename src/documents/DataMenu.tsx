import { useRef, useState } from 'react'
import { Button } from '../ui/Button'
import { onDemand, PartBoundary } from '../ui/PartBoundary'
import { loadPasteDialog, type Opener, type OpenDocument } from './openDocument'

const PasteDialog = onDemand(loadPasteDialog)

/** "Open file…" and "Paste…": other timelines, read in the browser; nothing is uploaded. */
export function DataMenu({ onOpen, opener }: { onOpen: OpenDocument; opener: Opener }) {
  const { openFile, openText, preloadReaders } = opener
  const input = useRef<HTMLInputElement>(null)
  const [pasting, setPasting] = useState(false)
  return (
    <div
      className="flex flex-wrap items-center gap-2"
      onPointerOver={preloadReaders}
      onFocus={preloadReaders}
    >
      <Button onClick={() => input.current?.click()}>Open file…</Button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,.tsv,application/json,text/csv,text/tab-separated-values"
        // Not shown and not a target of its own: "Open file…" opens its picker.
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void openFile(file, onOpen)
        }}
        data-file-input
      />
      <Button onClick={() => setPasting(true)} aria-haspopup="dialog">
        Paste…
      </Button>
      {pasting ? (
        <PartBoundary what="The paste dialog">
          <PasteDialog
            onOpen={(text) => openText(text, onOpen)}
            onClose={() => setPasting(false)}
          />
        </PartBoundary>
      ) : null}
    </div>
  )
}
