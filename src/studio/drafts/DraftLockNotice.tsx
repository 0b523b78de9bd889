import { useId } from 'react'
import { Button } from '../../ui/Button'
import type { DraftLockState } from './draftLock'

/**
 * Says, at once, when another tab saves this draft, so two tabs never silently write over each
 * other: a second tab may open a copy or take over; a tab taken over has stopped saving and may
 * keep what it shows as a copy. Nothing is shown while this tab holds the draft.
 */
export function DraftLockNotice({
  state,
  onTakeOver,
  onOpenCopy,
}: {
  state: DraftLockState
  onTakeOver: () => void
  /** Elsewhere: open a copy of the stored draft; taken: store what this tab shows as a copy. */
  onOpenCopy: () => void
}) {
  const headingId = useId()
  if (state !== 'elsewhere' && state !== 'taken') return null
  const elsewhere = state === 'elsewhere'
  return (
    <section
      role="alert"
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-lg border border-line bg-[var(--selected-bg)] p-3 text-sm text-ink"
    >
      <h2 id={headingId} className="m-0 text-base font-semibold">
        {elsewhere
          ? 'This draft is open in another tab'
          : 'This draft was taken over in another tab'}
      </h2>
      <p className="m-0">
        {elsewhere
          ? 'Only one tab saves a draft, so that neither writes over the other. Open a copy here to work on both, or take over: the other tab then stops saving.'
          : 'This tab has stopped saving it, so that it does not write over the other tab’s work. Save a copy to keep what this tab shows.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={onOpenCopy}>{elsewhere ? 'Open a copy here' : 'Save a copy here'}</Button>
        {elsewhere ? <Button onClick={onTakeOver}>Take over</Button> : null}
      </div>
    </section>
  )
}
