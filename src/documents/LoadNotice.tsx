import { onDemand, PartBoundary } from '../ui/PartBoundary'
import type { Notice } from './LoadNoticeBody'

// Shown only after the reader opens a document of their own, so its code loads only then
// (useDocuments shows the document once it is here).
export const LoadNoticeBody = onDemand(() => import('./LoadNoticeBody'))

/** What happened to the last document the reader opened: why it failed, or that it can be undone. */
export function LoadNotice({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: Notice | null
  onUndo: () => void
  onDismiss: () => void
}) {
  const quiet = <div role="status" className="sr-only" />
  if (!notice) return quiet
  return (
    <PartBoundary what="The message about the document you opened">
      <LoadNoticeBody notice={notice} onUndo={onUndo} onDismiss={onDismiss} />
    </PartBoundary>
  )
}
