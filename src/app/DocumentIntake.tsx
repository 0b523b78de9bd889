import { useCallback } from 'react'
import type * as Opener from './openDocument'
import { DropTarget } from './DropTarget'
import { CODE_MISSING } from './readLazily'
import { usePasteAnywhere } from './usePasteAnywhere'

/**
 * Runs `open` with the code that opens documents: it loads at the first drop or paste (the
 * catchers are here from the start, so a drop never navigates away). When it cannot be fetched,
 * the reader is told, as for any read whose code is missing.
 */
function withOpener(onOpen: Opener.OpenDocument, label: string, open: (m: typeof Opener) => void) {
  import('./openDocument').then(open, () => onOpen(CODE_MISSING, label))
}

/** Drop a file anywhere, or paste a document onto the page, to open it. */
export function DocumentIntake({ onOpen }: { onOpen: Opener.OpenDocument }) {
  const onFile = useCallback(
    (file: File) => withOpener(onOpen, `“${file.name}”`, (m) => void m.openFile(file, onOpen)),
    [onOpen],
  )
  const onText = useCallback(
    (text: string) => withOpener(onOpen, 'the pasted text', (m) => void m.openText(text, onOpen)),
    [onOpen],
  )
  usePasteAnywhere(onText)
  return <DropTarget onFile={onFile} />
}
