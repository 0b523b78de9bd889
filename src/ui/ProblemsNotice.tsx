import type { Problem } from '../domain/types'
import { ProblemList } from './ProblemList'

/**
 * A document that loaded with problems says so, with each problem's place in the file. The list
 * starts open when something was skipped or changed: that is what a producer must fix.
 */
export function ProblemsNotice({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return null
  const errors = problems.filter((p) => p.severity === 'error').length
  return (
    <details
      open={errors > 0}
      className="rounded-md border border-line bg-surface-2 px-3 py-2 text-sm text-ink"
    >
      <summary className="cursor-pointer font-semibold">
        This document has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}
        {errors > 0 ? ` (${errors} skipped or changed)` : ''}. Everything else is shown.
      </summary>
      <ProblemList problems={problems} limit={200} className="mt-2 list-disc pl-5" />
    </details>
  )
}
