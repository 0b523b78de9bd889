import { useStudio, useStudioStore } from '../../StudioContext'
import type { FieldProblem } from '../../problems'
import type { Fields } from '../../model'
import { CheckList } from './CheckList'
import { asList, setField, type Target } from './edit'
import { FieldFrame } from './FieldFrame'

/** The problems at a field and at its items (`sources`, `sources.0`, …). */
export const underField = (problems: readonly FieldProblem[], field: string) =>
  problems.filter((p) => p.field === field || p.field.startsWith(`${field}.`))

/** Sets a list field: an empty list removes it. */
function useSetList(target: Target, path: readonly string[]) {
  const store = useStudioStore()
  return (next: string[]) => {
    setField(store, target, path, next.length > 0 ? next : undefined)
    store.getState().seal()
  }
}

/** A record's sources (or `verbatimIn`, or a time's sources), ticked from the draft's sources. */
export function SourcesField({
  target,
  data,
  path,
  legend,
  hint,
  problems,
  among,
}: {
  target: Target
  data: Fields
  path: readonly string[]
  legend: string
  hint?: string | undefined
  problems: readonly FieldProblem[]
  /** Only these ids may be chosen (a quote's `verbatimIn` is among its sources). */
  among?: readonly string[] | undefined
}) {
  const sources = useStudio((s) => s.content.sources)
  const options = sources
    .map((r) => ({
      value: String(r.data.id ?? ''),
      label: String(r.data.title || r.data.id || ''),
    }))
    .filter((o) => o.value !== '' && (!among || among.includes(o.value)))
  return (
    <CheckList
      legend={legend}
      hint={hint}
      options={options}
      selected={asList(data, path)}
      onChange={useSetList(target, path)}
      problems={underField(problems, path.join('.'))}
      none={among ? 'Tick the quote’s sources first.' : 'No sources yet: add one under Sources.'}
    />
  )
}

/** A yes-or-no field: ticked is `true`, unticked removes the field. */
export function CheckboxField({
  target,
  data,
  path,
  label,
  hint,
}: {
  target: Target
  data: Fields
  path: readonly string[]
  label: string
  hint: string
}) {
  const store = useStudioStore()
  const checked = data[path[0]!] === true
  return (
    <FieldFrame label={label} hint={hint} problems={[]}>
      {(control) => (
        <input
          {...control}
          type="checkbox"
          checked={checked}
          className="size-4"
          onChange={(e) => {
            setField(store, target, path, e.target.checked ? true : undefined)
            store.getState().seal()
          }}
        />
      )}
    </FieldFrame>
  )
}
