import { useId, type ReactNode } from 'react'
import { ProblemList } from './FieldFrame'
import type { FieldProblem } from '../../problems'
import type { Option } from './SelectField'

/**
 * Several choices from the draft (sources, speakers) as checkboxes in a labelled group. Ids the
 * record names that the draft does not have stay listed, checked, so they can be seen and unticked.
 */
export function CheckList({
  legend,
  hint,
  options,
  selected,
  onChange,
  problems,
  none,
}: {
  legend: string
  hint?: ReactNode | undefined
  options: readonly Option[]
  selected: readonly string[]
  onChange: (next: string[]) => void
  problems: readonly FieldProblem[]
  /** Said when there is nothing to choose from. */
  none: string
}) {
  const id = useId()
  const unknown = selected.filter((v) => !options.some((o) => o.value === v))
  const all = [...options, ...unknown.map((v) => ({ value: v, label: `${v} (not in this draft)` }))]
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value))
  const described = [hint ? `${id}-hint` : '', problems.length ? `${id}-problems` : '']
    .filter(Boolean)
    .join(' ')
  return (
    <fieldset
      aria-describedby={described || undefined}
      className="m-0 flex min-w-0 flex-col gap-1 p-0"
    >
      <legend className="p-0 text-sm font-semibold text-ink">{legend}</legend>
      {all.length === 0 ? <p className="m-0 text-sm text-muted">{none}</p> : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {all.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-1.5 text-sm text-ink">
            <input
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
              className="size-4"
            />
            {o.label}
          </label>
        ))}
      </div>
      {hint ? (
        <p id={`${id}-hint`} className="m-0 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <ProblemList id={`${id}-problems`} name={legend} problems={problems} />
    </fieldset>
  )
}
