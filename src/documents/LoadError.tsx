import { useEffect } from 'react'
import type { Problem } from '../domain/types'
import { stripBidi } from '../lib/bidi'
import { ProblemList } from '../ui/ProblemList'
import { FAILED_TITLE } from './tabTitles'
import { useDocumentTitle } from './useDocumentTitle'

/** A failed load: what failed and what to do. Never other data in its place. */
export default function LoadError({
  message,
  problems,
  compact = false,
  onShown,
}: {
  message: string
  problems: Problem[]
  /** In an embed: no page margins, so the frame stays small. */
  compact?: boolean
  /** Called once the alert is on the page. */
  onShown?: () => void
}) {
  useDocumentTitle(FAILED_TITLE)
  useEffect(() => onShown?.(), [onShown])
  const errors = problems.filter((p) => p.severity === 'error')
  return (
    <main className={compact ? 'px-3 py-3' : 'mx-auto max-w-2xl px-4 py-10'}>
      <p className="text-xs font-bold uppercase tracking-[0.14em] text-accent">Quoteline</p>
      <div
        role="alert"
        className="mt-3 rounded-lg border-2 border-[#b91c1c] bg-surface p-4 text-ink"
      >
        <h1 className="text-xl font-bold">The timeline could not be shown</h1>
        <p className="mt-2 leading-7">{stripBidi(message)}</p>
        <ProblemList problems={errors} limit={50} />
        <p className="mt-3 text-sm text-muted">
          Check the address in <code>?src=</code>, or open the page without it to see the built-in
          timeline.
        </p>
      </div>
    </main>
  )
}
