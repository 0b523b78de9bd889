import type { Problem } from '../../domain/types'
import { stripBidi } from '../../lib/bidi'

/**
 * Problems found reading a file or pasted rows, as the reader's import words them: the place in
 * words when there is one ("Event 3, “Final vote”, start"), else the CSV line and column.
 */
export function ProblemLines({
  problems,
  limit = 12,
}: {
  problems: readonly Problem[]
  limit?: number
}) {
  if (problems.length === 0) return null
  return (
    <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm leading-6">
      {problems.slice(0, limit).map((p, i) => (
        <li key={i}>
          <span className="sr-only">{p.severity === 'error' ? 'Error: ' : 'Warning: '}</span>
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
