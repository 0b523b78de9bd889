import { Button } from '../ui/Button'
import { ProblemList } from '../ui/ProblemList'
import type { Problem } from '../domain/types'

/** What happened to the last document the reader opened (useDocuments). */
export type Notice =
  | { kind: 'failed'; label: string; message: string; problems: Problem[] }
  | { kind: 'opened'; label: string; canUndo: boolean }

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** What happened to the last document the reader opened: why it failed, or that it can be undone. */
export default function LoadNoticeBody({
  notice,
  onUndo,
  onDismiss,
}: {
  notice: Notice
  onUndo: () => void
  onDismiss: () => void
}) {
  if (notice.kind === 'failed') {
    const errors = notice.problems.filter((p) => p.severity === 'error')
    return (
      <div
        role="alert"
        className="rounded-lg border-2 border-[#b91c1c] bg-surface p-3 text-ink"
        data-load-notice="failed"
      >
        <p className="font-semibold">
          {capitalise(notice.label)} could not be opened; the timeline you had is still here.
        </p>
        <p className="mt-1 text-sm leading-6">{notice.message}</p>
        <ProblemList problems={errors} limit={20} className="mt-1 list-disc pl-5 text-sm" />
        <Button className="mt-2" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    )
  }
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-line bg-surface-2 px-3 py-2 text-sm text-ink"
      data-load-notice="opened"
    >
      <span>Showing {notice.label}.</span>
      {notice.canUndo ? (
        <Button onClick={onUndo}>Undo: back to the previous timeline</Button>
      ) : null}
      <Button variant="quiet" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  )
}
