import type { Problem, ReadOutcome } from '../domain/types'
import { onDemand, PartBoundary } from './PartBoundary'

// Most pages have nothing to warn about, so these load only when there is something to say.
const OptionWarnings = onDemand(() =>
  import('./OptionWarnings').then((m) => ({ default: m.OptionWarnings })),
)
const ProblemsNotice = onDemand(() =>
  import('./ProblemsNotice').then((m) => ({ default: m.ProblemsNotice })),
)

/**
 * Settles when a read document's problems can be shown with it: their notice sits above the
 * timeline, and arriving a moment later it would push the timeline down.
 */
export const problemsNoticeReady = (outcome: ReadOutcome) =>
  outcome.ok && outcome.result.document && outcome.result.problems.length > 0
    ? ProblemsNotice.preload()
    : null

/** URL options that were ignored, then the document's problems: each shown only when there are any. */
export function Notices({
  warnings,
  problems,
}: {
  warnings: readonly string[]
  problems: Problem[]
}) {
  return (
    <>
      {warnings.length > 0 ? (
        <PartBoundary what="The list of ignored options">
          <OptionWarnings warnings={warnings} />
        </PartBoundary>
      ) : null}
      {problems.length > 0 ? (
        <PartBoundary what="The list of this document’s problems">
          <ProblemsNotice problems={problems} />
        </PartBoundary>
      ) : null}
    </>
  )
}
