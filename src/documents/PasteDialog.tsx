import { useId, useRef, useState } from 'react'
import type { Problem, ReadOutcome } from '../domain/types'
import { Button } from '../ui/Button'
import { closeDialog, useModalDialog } from '../ui/useModalDialog'
import { ProblemList } from '../ui/ProblemList'

type Failure = { message: string; problems: Problem[] }

/** Why an outcome shows nothing, or null when it opened. */
function failureOf(outcome: ReadOutcome): Failure | null {
  if (!outcome.ok) return { message: outcome.message, problems: [] }
  if (outcome.result.document) return null
  const problems = outcome.result.problems.filter((p) => p.severity === 'error')
  return { message: 'This text has no event that can be shown.', problems }
}

/**
 * A place to paste a document's text (JSON, CSV or TimelineJS) and open it. When the text cannot
 * be opened, the dialog stays open with the text as it was and says why, so that it can be fixed
 * right there.
 */
export default function PasteDialog({
  onOpen,
  onClose,
}: {
  onOpen: (text: string) => Promise<ReadOutcome>
  onClose: () => void
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [text, setText] = useState('')
  const [failure, setFailure] = useState<Failure | null>(null)
  const [busy, setBusy] = useState(false)
  useModalDialog(ref)
  const open = async () => {
    setBusy(true)
    const failed = failureOf(await onOpen(text))
    setBusy(false)
    setFailure(failed)
    if (!failed) closeDialog(ref.current)
  }
  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby={`${id}-title`}
      className="m-auto w-[min(720px,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-0 text-ink shadow-xl"
    >
      <div className="flex flex-col gap-3 p-4 sm:p-5">
        <h2 id={`${id}-title`} className="text-xl font-bold">
          Paste a timeline
        </h2>
        <label className="flex flex-col gap-1 text-sm font-semibold">
          The document’s text: Quoteline JSON, CSV, or a TimelineJS file
          <textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={10}
            spellCheck={false}
            className="rounded-md border border-line bg-surface-2 p-2 font-mono text-xs font-normal leading-5 text-ink"
          />
        </label>
        {failure ? (
          <div role="alert" className="rounded-md border-2 border-[#b91c1c] p-3 text-sm leading-6">
            <p className="font-semibold">It could not be opened; your text is still here.</p>
            <p>{failure.message}</p>
            <ProblemList problems={failure.problems} limit={20} />
          </div>
        ) : null}
        <div className="flex gap-2">
          <Button disabled={!text.trim() || busy} onClick={() => void open()}>
            Open
          </Button>
          <Button onClick={() => closeDialog(ref.current)}>Cancel</Button>
        </div>
      </div>
    </dialog>
  )
}
