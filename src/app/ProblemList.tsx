import type { Problem } from '../domain/types'
import { stripBidi } from '../lib/bidi'

/** Problems, each with its place in the file (JSON path or CSV line), the first `limit` of them. */
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
          <code className="text-xs">{stripBidi(p.path)}</code>: {stripBidi(p.message)}
        </li>
      ))}
      {problems.length > limit ? <li>…and {problems.length - limit} more.</li> : null}
    </ul>
  )
}
