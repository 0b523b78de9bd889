import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useStudioStore } from '../../StudioContext'
import { atField, type FieldProblem } from '../../problems'
import type { DraftContent, Fields, Patch } from '../../model'
import { asText, fieldKey, setField, type Target } from './edit'
import { FieldFrame, INPUT } from './FieldFrame'
import { claimFieldFocus } from './focusRequest'

export interface TextFieldProps {
  target: Target
  /** The record's fields as the store holds them (the value comes from here). */
  data: Fields
  path: readonly string[]
  label: string
  name?: string | undefined
  hint?: ReactNode | undefined
  /** The record's problems; those at this field show under it. */
  problems: readonly FieldProblem[]
  /** Required: emptied, it stays '' (and says so); optional: emptied, the field is removed. */
  required?: boolean | undefined
  multiline?: boolean | undefined
  list?: string | undefined
  placeholder?: string | undefined
  type?: 'text' | 'url' | undefined
  /** More patches for the same step (an id's references follow it). */
  more?: ((content: DraftContent, value: string) => Patch[]) | undefined
  onFocus?: (() => void) | undefined
  /** Writes the value instead of setting `path` (an item of a list in the document's fields). */
  set?: ((value: unknown) => void) | undefined
  /** The undo and focus key, when `set` writes somewhere `path` does not name. */
  fieldName?: string | undefined
}

/**
 * A text field bound to one field of the record: every keystroke is an edit in the store (one
 * undo step per pause), and what is typed stays as typed, valid or not.
 */
export function TextField(props: TextFieldProps) {
  const { target, data, path, label, required, multiline, more } = props
  const store = useStudioStore()
  const value = asText(data, path)
  const key = props.fieldName ?? fieldKey(target, path)
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null)
  // An empty field not yet visited does not scold: a new event is not a list of errors.
  const [touched, setTouched] = useState(false)
  useEffect(() => {
    if (claimFieldFocus(key)) ref.current?.focus()
  }, [key])
  const problems = touched || value !== '' ? atField(props.problems, path.join('.')) : []
  const Control = multiline ? 'textarea' : 'input'
  return (
    <FieldFrame label={label} name={props.name} hint={props.hint} problems={problems}>
      {(control) => (
        <Control
          {...control}
          ref={ref}
          value={value}
          type={multiline ? undefined : (props.type ?? 'text')}
          list={props.list}
          placeholder={props.placeholder}
          rows={multiline ? 3 : undefined}
          spellCheck={props.type === 'url' ? false : undefined}
          data-field={key}
          className={multiline ? `${INPUT} py-1.5` : INPUT}
          onFocus={props.onFocus}
          onChange={(e) => {
            setTouched(true)
            const text = e.target.value
            const value = text === '' && !required ? undefined : text
            if (props.set) return props.set(value)
            setField(
              store,
              target,
              path,
              value,
              more ? (content) => more(content, text) : undefined,
            )
          }}
          onBlur={() => {
            setTouched(true)
            store.getState().seal()
          }}
        />
      )}
    </FieldFrame>
  )
}
