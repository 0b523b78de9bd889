import { useRef, useState } from 'react'
import { readDocument, type ReadOutcome } from '../data-io/readDocument'
import { readFile } from '../data-io/readFile'
import { Button } from '../ui/Button'
import { PasteDialog } from './PasteDialog'

export type OpenDocument = (outcome: ReadOutcome, label: string) => void

/** Opens a file the reader picks (or drops: see DropTarget) as a timeline. */
export async function openFile(file: File, onOpen: OpenDocument): Promise<void> {
  onOpen(await readFile(file), `“${file.name}”`)
}

/** Opens pasted text as a timeline. */
export async function openText(text: string, onOpen: OpenDocument): Promise<void> {
  onOpen(await readDocument(text, { where: 'the pasted text' }), 'the pasted text')
}

/** "Open file…" and "Paste…": other timelines, read in the browser; nothing is uploaded. */
export function DataMenu({ onOpen }: { onOpen: OpenDocument }) {
  const input = useRef<HTMLInputElement>(null)
  const [pasting, setPasting] = useState(false)
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button onClick={() => input.current?.click()}>Open file…</Button>
      <input
        ref={input}
        type="file"
        accept=".json,.csv,application/json,text/csv"
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
        <PasteDialog
          onOpen={(text) => void openText(text, onOpen)}
          onClose={() => setPasting(false)}
        />
      ) : null}
    </div>
  )
}
