import type { ReadOutcome } from '../data-io/readDocument'
import { readLazily } from './readLazily'

export type OpenDocument = (outcome: ReadOutcome, label: string) => void

// The readers and the paste dialog are extras: they load when a reader first reaches for them
// (pointing at or focusing a button starts it), not before the timeline is ready.
const loadReadFile = () => import('../data-io/readFile')
const loadReadDocument = () => import('../data-io/readDocument')
export const loadPasteDialog = () => import('./PasteDialog')

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
