import { ProblemLines } from '../intake/ProblemLines'
import type { PublishCheck } from './publishCheck'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Whether the draft can be published, and what a reader's page would leave out of it. */
export function PublishStatus({ check }: { check: PublishCheck }) {
  const { loads, errors, warnings, orphanQuotes } = check
  if (!loads) {
    return (
      <div role="alert" className="rounded-lg border-2 border-[#b91c1c] bg-surface p-3 text-ink">
        <p className="text-sm font-semibold">
          This draft cannot be published yet: a reader’s page would show nothing of it.
        </p>
        <p className="mt-1 text-sm">Fix {errors.length === 1 ? 'this' : 'these'} first:</p>
        <ProblemLines problems={errors} />
      </div>
    )
  }
  const clean = errors.length === 0 && orphanQuotes === 0
  return (
    <div className="rounded-lg border border-line bg-surface-2 p-3 text-sm text-ink">
      {clean ? (
        <p className="font-semibold">Ready to publish: every event and quote will be shown.</p>
      ) : (
        <>
          <p className="font-semibold">You can publish; fix what follows to show everything.</p>
          {errors.length > 0 ? (
            <p className="mt-1">
              {plural(errors.length, 'problem leaves', 'problems leave')} something out of the
              timeline:
            </p>
          ) : null}
          <ProblemLines problems={errors} />
          {orphanQuotes > 0 ? (
            <p className="mt-1">
              {plural(orphanQuotes, 'quote belongs', 'quotes belong')} to no event and{' '}
              {orphanQuotes === 1 ? 'is' : 'are'} left out.
            </p>
          ) : null}
        </>
      )}
      {warnings.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer">
            {plural(warnings.length, 'warning', 'warnings')}: fine to publish
          </summary>
          <ProblemLines problems={warnings} />
        </details>
      ) : null}
    </div>
  )
}
