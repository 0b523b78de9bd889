import type { ReadOutcome } from '../domain/types'
import { readLazily } from './readLazily'

export type OpenDocument = (outcome: ReadOutcome, label: string) => void

/**
 * How a picked file and pasted text are read: data-io's readers, handed in by the app (features
 * never import each other). Their code loads when first called.
 */
export interface Readers {
  readFile: (file: File) => Promise<ReadOutcome>
  readText: (text: string) => Promise<ReadOutcome>
  /** Starts loading the file reader's code. */
  preload: () => Promise<unknown>
}

/** Opening documents with the readers: what the drop and paste catchers and "Open file…" use. */
export interface Opener {
  /** Starts loading what opening a document needs (once). */
  preloadReaders: () => void
  /** Opens a file the reader picks (or drops: see DropTarget) as a timeline. */
  openFile: (file: File, onOpen: OpenDocument) => Promise<void>
  /** Opens pasted text as a timeline; the outcome tells the paste dialog whether to stay open. */
  openText: (text: string, onOpen: OpenDocument) => Promise<ReadOutcome>
}

// The readers and the paste dialog are extras: they load when a reader first reaches for them
// (pointing at or focusing a button starts it), not before the timeline is ready.
export const loadPasteDialog = () => import('./PasteDialog')

/** The opener that reads with `readers`. */
export function createOpener(readers: Readers): Opener {
  let preloaded = false
  return {
    preloadReaders() {
      if (preloaded) return
      preloaded = true
      void readers.preload().catch(() => {})
      void loadPasteDialog().catch(() => {})
    },
    async openFile(file, onOpen) {
      const outcome = await readLazily(() => readers.readFile(file))
      onOpen(outcome, `“${file.name}”`)
    },
    async openText(text, onOpen) {
      const outcome = await readLazily(() => readers.readText(text))
      onOpen(outcome, 'the pasted text')
      return outcome
    },
  }
}
