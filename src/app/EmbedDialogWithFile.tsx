import { useCallback } from 'react'
import { exportJson } from '../data-io/exportJson'
import { fileStem } from '../data-io/exportFiles'
import EmbedDialog from '../embed/EmbedDialog'
import type { ThemeChoice } from '../ui/theme'
import { useTimelineStore } from '../store/TimelineContext'

/**
 * The embed dialog, given the document as a file (the JSON the export writes) for when it was
 * opened from a file or a paste. The app composes the two features; neither imports the other.
 */
export default function EmbedDialogWithFile(props: { theme: ThemeChoice; onClose: () => void }) {
  const store = useTimelineStore()
  const file = useCallback(() => {
    const doc = store.getState().document
    return {
      json: exportJson(doc),
      stem: fileStem(doc.title),
      title: doc.title,
      description: doc.description,
    }
  }, [store])
  return <EmbedDialog {...props} file={file} />
}
