import type { Problem } from '../domain/types'
import { stripBidi } from '../lib/bidi'

/**
 * Problems, the first `limit` of them, each with its place in words ("Event 3, “Final vote”,
 * start") when there is one, and its place in the file (JSON path or CSV line) for developers.
 */
export function ProblemList({
  problems,
  limit,
  className = 'mt-2 list-disc pl-5 text-sm',
}: {
  problems: readonly Problem[]
  limit: number
  className?: string
}) {
  if (problems.length === 0) return null
  return (
    <ul className={className}>
      {problems.slice(0, limit).map((p, i) => (
        <li key={i}>
          {p.where ? (
            <>
              {stripBidi(p.where)}: {stripBidi(p.message)}{' '}
              <code className="text-xs text-muted">({stripBidi(p.path)})</code>
            </>
          ) : (
            <>
              <code className="text-xs">{stripBidi(p.path)}</code>: {stripBidi(p.message)}
            </>
          )}
        </li>
      ))}
      {problems.length > limit ? <li>…and {problems.length - limit} more.</li> : null}
    </ul>
  )
}
