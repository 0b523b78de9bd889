import type { ReactNode } from 'react'
import { useStudioStore } from '../../StudioContext'
import { atField, type FieldProblem } from '../../problems'
import type { Fields } from '../../model'
import { asText, setField, type Target } from './edit'
import { FieldFrame, INPUT } from './FieldFrame'

export interface Option {
  value: string
  label: string
}

/**
 * A choice from a fixed list, bound to one field. A value written in the file that is not among
 * the choices stays, shown as itself, until another is chosen; `empty` names the "none" choice
 * (which removes the field).
 */
export function SelectField({
  target,
  data,
  path,
  label,
  hint,
  options,
  empty,
  problems,
  required,
  onChange,
}: {
  target: Target
  data: Fields
  path: readonly string[]
  label: string
  hint?: ReactNode | undefined
  options: readonly Option[]
  empty?: string | undefined
  problems: readonly FieldProblem[]
  /** Required: "none" leaves '' (and says so) rather than removing the field. */
  required?: boolean | undefined
  /** Instead of setting the field (a quote's event is its row's parent, not a field). */
  onChange?: ((value: string) => void) | undefined
}) {
  const store = useStudioStore()
  const value = asText(data, path)
  const known = options.some((o) => o.value === value) || (value === '' && empty !== undefined)
  return (
    <FieldFrame label={label} hint={hint} problems={atField(problems, path.join('.'))}>
      {(control) => (
        <select
          {...control}
          value={value}
          className={INPUT}
          onChange={(e) => {
            const next = e.target.value
            if (onChange) onChange(next)
            else setField(store, target, path, next === '' && !required ? undefined : next)
            store.getState().seal()
          }}
        >
          {empty !== undefined ? <option value="">{empty}</option> : null}
          {known ? null : (
            <option value={value}>{value === '' ? 'Choose…' : `${value} (as written)`}</option>
          )}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  )
}
