import { useId, type ReactNode } from 'react'
import type { FieldProblem } from '../../problems'
import { ProblemList } from './FieldFrame'

/**
 * A form's frame: its heading, the problems about the whole record or about fields no control
 * shows (an unknown field in the file), and the fields. It never submits: Enter in a field does
 * nothing, since every keystroke is already in the draft.
 */
export function FormShell({
  heading,
  intro,
  problems,
  fields,
  children,
  actions,
}: {
  heading: string
  intro?: ReactNode | undefined
  problems: readonly FieldProblem[]
  /** Top-level fields this form has a control for; problems at any other show at the top. */
  fields: readonly string[]
  children: ReactNode
  actions?: ReactNode | undefined
}) {
  const id = useId()
  const elsewhere = problems.filter((p) => !fields.includes(p.field.split('.')[0] ?? ''))
  return (
    <form
      aria-labelledby={id}
      noValidate
      onSubmit={(e) => e.preventDefault()}
      className="flex flex-col gap-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="m-0 text-lg font-bold text-ink">
          {heading}
        </h2>
        {actions}
      </div>
      {intro ? <p className="m-0 text-sm text-muted">{intro}</p> : null}
      {elsewhere.length > 0 ? (
        <div className="rounded-md border border-line bg-surface-2 p-3">
          <ProblemList id={`${id}-problems`} name="This item" problems={elsewhere.map(named)} />
        </div>
      ) : null}
      {children}
    </form>
  )
}

/** A problem about the record or a field without a control, its field named in the sentence. */
const named = (p: FieldProblem): FieldProblem =>
  p.field === '' ? p : { ...p, message: `(field “${p.field}”) ${p.message}` }

/** A titled group of fields inside a form. */
export function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="m-0 flex min-w-0 flex-col gap-3 rounded-md border border-line p-3">
      <legend className="px-1.5 text-sm font-bold text-ink">{title}</legend>
      {children}
    </fieldset>
  )
}
