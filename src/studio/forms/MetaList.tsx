import { SYMBOL_NAMES } from '../../domain/kinds'
import { Button } from '../../ui/Button'
import { metaPatch } from '../edits'
import type { Fields } from '../model'
import type { FieldProblem } from '../problems'
import { useStudioStore } from '../StudioContext'
import { FieldFrame, INPUT } from './fields/FieldFrame'
import { Group } from './fields/FormShell'
import { requestFieldFocus } from './fields/focusRequest'
import { TextField } from './fields/TextField'
import { TimeField } from './fields/TimeField'

export interface ItemField {
  key: string
  label: string
  required?: boolean | undefined
  hint?: string | undefined
  type?: 'text' | 'multiline' | 'time' | 'symbol' | 'colour' | undefined
}

const META = { target: 'meta' } as const
const asItem = (v: unknown): Fields =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Fields) : {}

/**
 * A list among the document's own fields (corrections, kinds, eras): each item a group of fields
 * with its Remove button, and an Add button. Each change is one step in the store's undo.
 */
export function MetaList({
  name,
  title,
  noun,
  meta,
  fields,
  problems,
  intro,
}: {
  name: string
  title: string
  noun: string
  meta: Fields
  fields: readonly ItemField[]
  problems: readonly FieldProblem[]
  intro: string
}) {
  const store = useStudioStore()
  const items = Array.isArray(meta[name]) ? (meta[name] as unknown[]) : []
  const write = (next: unknown[], key?: string) => {
    const { content, apply } = store.getState()
    const patch = metaPatch(content, [name], next.length > 0 ? next : undefined)
    if (patch) apply([patch], key)
  }
  const setItem = (i: number, field: string) => (value: unknown) => {
    const now = store.getState().content.meta[name]
    const list = Array.isArray(now) ? [...now] : []
    const item = { ...asItem(list[i]) }
    if (value === undefined) delete item[field]
    else item[field] = value
    list[i] = item
    write(list, `meta/${name}.${i}.${field}`)
  }
  const add = () => {
    const first = fields[0]!.key
    requestFieldFocus(`meta/${name}.${items.length}.${first}`)
    write([...items, Object.fromEntries(fields.filter((f) => f.required).map((f) => [f.key, '']))])
  }
  return (
    <Group title={title}>
      <p className="m-0 text-sm text-muted">{intro}</p>
      {items.map((raw, i) => {
        const item = asItem(raw)
        const prefix = `${name}.${i}.`
        const mine = problems
          .filter((p) => p.field.startsWith(prefix))
          .map((p) => ({ ...p, field: p.field.slice(prefix.length) }))
        return (
          <Group key={i} title={`${noun} ${i + 1}`}>
            {fields.map((f) => (
              <ItemControl
                key={f.key}
                field={f}
                item={item}
                problems={mine}
                name={`${name}.${i}.${f.key}`}
                set={setItem(i, f.key)}
              />
            ))}
            <div>
              <Button onClick={() => write(items.filter((_, j) => j !== i))}>
                Remove {noun.toLowerCase()} {i + 1}
              </Button>
            </div>
          </Group>
        )
      })}
      <div>
        <Button onClick={add}>Add {noun.toLowerCase()}</Button>
      </div>
    </Group>
  )
}

/** One field of one item, by its type. */
function ItemControl({
  field,
  item,
  problems,
  name,
  set,
}: {
  field: ItemField
  item: Fields
  problems: readonly FieldProblem[]
  name: string
  set: (value: unknown) => void
}) {
  const store = useStudioStore()
  const common = {
    target: META,
    data: item,
    path: [field.key],
    label: field.label,
    hint: field.hint,
    problems,
    required: field.required,
    set,
    fieldName: `meta/${name}`,
  }
  if (field.type === 'time') return <TimeField {...common} />
  if (field.type === 'symbol') {
    const value = typeof item[field.key] === 'string' ? String(item[field.key]) : ''
    return (
      <FieldFrame
        label={field.label}
        hint={field.hint}
        problems={problems.filter((p) => p.field === field.key)}
      >
        {(control) => (
          <select
            {...control}
            value={value}
            className={INPUT}
            onChange={(e) => {
              set(e.target.value || undefined)
              store.getState().seal()
            }}
          >
            <option value="">Automatic</option>
            {SYMBOL_NAMES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        )}
      </FieldFrame>
    )
  }
  if (field.type === 'colour') {
    const value = typeof item[field.key] === 'string' ? String(item[field.key]) : ''
    return (
      <div className="flex flex-col gap-1">
        <TextField {...common} placeholder="#1d4ed8" />
        <label className="flex items-center gap-2 text-sm text-muted">
          <input
            type="color"
            value={/^#[0-9a-fA-F]{6}$/.test(value) ? value : '#000000'}
            onChange={(e) => set(e.target.value)}
            onBlur={() => store.getState().seal()}
            className="size-9 shrink-0 rounded-md border border-line bg-surface"
          />
          Or pick the {field.label.toLowerCase()}
        </label>
      </div>
    )
  }
  return <TextField {...common} multiline={field.type === 'multiline'} />
}
