import { useEffect, useRef } from 'react'

/** Where the clipboard is denied: the text, selected, ready for Ctrl+C / ⌘C. */
export function CopyFallback({
  text,
  onClose,
  label = 'Copying was blocked here. The text is selected: press Ctrl+C (⌘C on a Mac).',
}: {
  text: string
  onClose: () => void
  /** What was blocked, and what to do. */
  label?: string
}) {
  const ref = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    ref.current?.focus({ preventScroll: true })
    ref.current?.select()
  }, [text])
  return (
    <div className="mt-2 rounded-md border border-line bg-surface-2 p-2">
      <label className="block text-xs font-semibold text-ink" htmlFor={`copy-${text.length}`}>
        {label}
      </label>
      <textarea
        id={`copy-${text.length}`}
        ref={ref}
        readOnly
        value={text}
        rows={3}
        className="mt-1 w-full resize-y rounded border border-line bg-surface p-1 text-xs text-ink"
      />
      <button type="button" className="mt-1 text-xs text-accent underline" onClick={onClose}>
        Done
      </button>
    </div>
  )
}
