import { useId, type CSSProperties, type ReactNode } from 'react'
import type { FieldProblem } from '../../problems'

/** What a control needs to be labelled and described by its frame. */
export interface ControlProps {
  id: string
  'aria-describedby': string | undefined
  'aria-invalid': boolean | undefined
  /** A field with an error has a heavier border in the text colour (not colour alone: it is thicker). */
  style: CSSProperties | undefined
}

const INVALID: CSSProperties = { borderColor: 'var(--ink)', borderWidth: 2 }

export const INPUT =
  'min-h-9 w-full rounded-md border border-line bg-surface px-2 text-base text-ink placeholder:text-muted'

/** The problems at one field, in words that follow its name: "Title must not be empty". */
export function ProblemList({
  id,
  name,
  problems,
}: {
  id: string
  name: string
  problems: readonly FieldProblem[]
}) {
  if (problems.length === 0) return null
  return (
    <ul id={id} className="m-0 flex list-none flex-col gap-1 p-0 text-sm text-ink">
      {problems.map((p, i) => (
        <li key={i}>
          <strong>{p.severity === 'error' ? 'Problem: ' : 'Check: '}</strong>
          {name} {p.message}
          {/[.!?]$/.test(p.message) ? '' : '.'}
        </li>
      ))}
    </ul>
  )
}

/**
 * One labelled field: its label, a hint in plain words, and the problems at it, tied to the
 * control with `aria-describedby` (and `aria-invalid` for an error), so a screen reader hears them.
 */
export function FieldFrame({
  label,
  name = label,
  hint,
  problems,
  children,
}: {
  label: string
  /** The field's name inside problem sentences, when the label is longer. */
  name?: string | undefined
  hint?: ReactNode | undefined
  problems: readonly FieldProblem[]
  children: (control: ControlProps) => ReactNode
}) {
  const id = useId()
  const hintId = hint ? `${id}-hint` : null
  const problemId = problems.length > 0 ? `${id}-problems` : null
  const describedBy = [hintId, problemId].filter(Boolean).join(' ') || undefined
  const invalid = problems.some((p) => p.severity === 'error') || undefined
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-ink">
        {label}
      </label>
      {children({
        id,
        'aria-describedby': describedBy,
        'aria-invalid': invalid,
        style: invalid ? INVALID : undefined,
      })}
      {hint ? (
        <p id={hintId!} className="m-0 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <ProblemList id={problemId ?? `${id}-problems`} name={name} problems={problems} />
    </div>
  )
}
