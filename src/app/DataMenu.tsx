import { lazy, useRef, useState } from 'react'
import type { ReadOutcome } from '../data-io/readDocument'
import { Button } from '../ui/Button'
import { Extra } from './Extra'
import { readLazily } from './readLazily'

export type OpenDocument = (outcome: ReadOutcome, label: string) => void

// The readers and the paste dialog are extras: they load when a reader first reaches for them
// (pointing at or focusing a button starts it), not before the timeline is ready.
const loadReadFile = () => import('../data-io/readFile')
const loadReadDocument = () => import('../data-io/readDocument')
const loadPasteDialog = () => import('./PasteDialog')
const PasteDialog = lazy(loadPasteDialog)

let preloaded = false

/** Starts loading what opening a document needs (once). */
export function preloadReaders(): void {
  if (preloaded) return
  preloaded = true
  void loadReadFile().catch(() => {})
  void loadPasteDialog().catch(() => {})
}

/** Opens a file the reader picks (or drops: see DropTarget) as a timeline. */
export async function openFile(file: File, onOpen: OpenDocument): Promise<void> {
  const outcome = await readLazily(async () => (await loadReadFile()).readFile(file))
  onOpen(outcome, `“${file.name}”`)
}

/** Opens pasted text as a timeline; the outcome tells the paste dialog whether to stay open. */
export async function openText(text: string, onOpen: OpenDocument): Promise<ReadOutcome> {
  const outcome = await readLazily(async () =>
    (await loadReadDocument()).readDocument(text, { where: 'the pasted text' }),
  )
  onOpen(outcome, 'the pasted text')
  return outcome
}

/** "Open file…" and "Paste…": other timelines, read in the browser; nothing is uploaded. */
export function DataMenu({ onOpen }: { onOpen: OpenDocument }) {
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
        <Extra what="The paste dialog">
          <PasteDialog
            onOpen={(text) => openText(text, onOpen)}
            onClose={() => setPasting(false)}
          />
        </Extra>
      ) : null}
    </div>
  )
}
