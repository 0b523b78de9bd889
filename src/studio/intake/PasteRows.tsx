import type { StudioStore } from '../createStudioStore'
import type { StudioServices } from '../services'
import { Button } from '../../ui/Button'
import { ProblemLines } from './ProblemLines'
import { usePasteRows } from './usePasteRows'

/**
 * The paste's status line, always mounted so that screen readers hear it politely; the problems
 * found in the rows are listed below it, with the rows' line numbers.
 */
export function PasteRows({
  store,
  services,
}: {
  store: StudioStore
  services: Pick<StudioServices, 'readInput'>
}) {
  const { report, dismiss } = usePasteRows(store, services)
  return (
    <div role="status" data-paste-report>
      {report ? (
        <div className="rounded-lg border border-line bg-surface-2 px-3 py-2 text-sm text-ink">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <p className="font-medium">{report.message}</p>
            {report.added ? (
              <span className="text-muted">Undo takes the whole paste back.</span>
            ) : null}
            <Button variant="quiet" className="ml-auto" onClick={dismiss}>
              Dismiss
            </Button>
          </div>
          {report.problems.length > 0 ? (
            <>
              <p className="mt-1">
                {report.problems.length === 1
                  ? '1 problem in what was pasted:'
                  : `${report.problems.length} problems in what was pasted:`}
              </p>
              <ProblemLines problems={report.problems} />
            </>
          ) : null}
        </div>
      ) : null}
    </div>
  )
}
