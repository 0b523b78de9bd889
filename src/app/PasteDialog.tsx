import { useId, useRef, useState } from 'react'
import { Button } from '../ui/Button'
import { closeDialog, useModalDialog } from '../ui/useModalDialog'

/** A place to paste a document's text (JSON, CSV or TimelineJS) and open it. */
export default function PasteDialog({
  onOpen,
  onClose,
}: {
  onOpen: (text: string) => void
  onClose: () => void
}) {
  const ref = useRef<HTMLDialogElement>(null)
  const id = useId()
  const [text, setText] = useState('')
  useModalDialog(ref)
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
        <div className="flex gap-2">
          <Button
            disabled={!text.trim()}
            onClick={() => {
              onOpen(text)
              closeDialog(ref.current)
            }}
          >
            Open
          </Button>
          <Button onClick={() => closeDialog(ref.current)}>Cancel</Button>
        </div>
      </div>
    </dialog>
  )
}
