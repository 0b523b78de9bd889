import { useCallback } from 'react'
import { openFile, openText, type OpenDocument } from './openDocument'
import { DropTarget } from './DropTarget'
import { usePasteAnywhere } from './usePasteAnywhere'

/** Drop a file anywhere, or paste a document onto the page, to open it. */
export function DocumentIntake({ onOpen }: { onOpen: OpenDocument }) {
  const onFile = useCallback((file: File) => void openFile(file, onOpen), [onOpen])
  const onText = useCallback((text: string) => void openText(text, onOpen), [onOpen])
  usePasteAnywhere(onText)
  return <DropTarget onFile={onFile} />
}
