import { useState } from 'react'
import type { FieldProblem } from '../../problems'
import { FieldFrame, INPUT } from './FieldFrame'

const split = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((v, i) => v === b[i])

/**
 * A short list typed as text, comma between items ("Ana Example, the press"). The text is kept
 * as typed while it says the same list (a trailing comma is not thrown away); an undo that
 * changes the list brings its text back.
 */
export function ListText({
  label,
  hint,
  items,
  onChange,
  onBlur,
  problems,
}: {
  label: string
  hint: string
  items: readonly string[]
  onChange: (items: string[]) => void
  onBlur: () => void
  problems: readonly FieldProblem[]
}) {
  const [text, setText] = useState(items.join(', '))
  const shown = same(split(text), items) ? text : items.join(', ')
  return (
    <FieldFrame label={label} hint={hint} problems={problems}>
      {(control) => (
        <input
          {...control}
          type="text"
          value={shown}
          className={INPUT}
          onChange={(e) => {
            setText(e.target.value)
            onChange(split(e.target.value))
          }}
          onBlur={onBlur}
        />
      )}
    </FieldFrame>
  )
}
