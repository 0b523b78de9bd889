import { useCallback } from 'react'
import type { Opener, OpenDocument } from './openDocument'
import { DropTarget } from './DropTarget'
import { CODE_MISSING } from './readLazily'
import { usePasteAnywhere } from './usePasteAnywhere'

/** Loads the code that opens documents (the app's opener, with data-io's readers). */
export type LoadOpener = () => Promise<Opener>

/**
 * Runs `open` with the code that opens documents: it loads at the first drop or paste (the
 * catchers are here from the start, so a drop never navigates away). When it cannot be fetched,
 * the reader is told, as for any read whose code is missing.
 */
function withOpener(
  load: LoadOpener,
  onOpen: OpenDocument,
  label: string,
  open: (o: Opener) => void,
) {
  load().then(open, () => onOpen(CODE_MISSING, label))
}

/** Drop a file anywhere, or paste a document onto the page, to open it. */
export function DocumentIntake({ onOpen, load }: { onOpen: OpenDocument; load: LoadOpener }) {
  const onFile = useCallback(
    (file: File) =>
      withOpener(load, onOpen, `“${file.name}”`, (o) => void o.openFile(file, onOpen)),
    [onOpen, load],
  )
  const onText = useCallback(
    (text: string) =>
      withOpener(load, onOpen, 'the pasted text', (o) => void o.openText(text, onOpen)),
    [onOpen, load],
  )
  usePasteAnywhere(onText)
  return <DropTarget onFile={onFile} />
}
