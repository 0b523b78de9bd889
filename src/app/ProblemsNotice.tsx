import type { Problem } from '../domain/types'

/** A document that loaded with problems says so, with each problem's place in the file. */
export function ProblemsNotice({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return null
  const errors = problems.filter((p) => p.severity === 'error').length
  return (
    <details className="rounded-md border border-line bg-surface-2 px-3 py-2 text-sm text-ink">
      <summary className="cursor-pointer font-semibold">
        This document has {problems.length === 1 ? 'a problem' : `${problems.length} problems`}
        {errors > 0 ? ` (${errors} skipped or changed)` : ''}. Everything else is shown.
      </summary>
      <ul className="mt-2 list-disc pl-5">
        {problems.slice(0, 200).map((p, i) => (
          <li key={i}>
            <code className="text-xs">{p.path}</code>: {p.message}
          </li>
        ))}
        {problems.length > 200 ? (
          <li>…and {problems.length - 200} more of the same kinds.</li>
        ) : null}
      </ul>
    </details>
  )
}
