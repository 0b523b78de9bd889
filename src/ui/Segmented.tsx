import { useRef, type KeyboardEvent } from 'react'
import { rovingKey } from '../lib/roving'

/**
 * A small set of mutually exclusive choices (view, theme, time zone) as a WAI-ARIA radio group:
 * one tab stop, the arrow keys move the choice, Home and End jump to the ends.
 */
export function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: T
  options: readonly { value: T; label: string; title?: string }[]
  onChange: (value: T) => void
}) {
  const group = useRef<HTMLSpanElement>(null)
  const onKeyDown = (e: KeyboardEvent<HTMLSpanElement>) => {
    const at = options.findIndex((o) => o.value === value)
    const next = rovingKey(e.key, at, options.length)
    const option = next === null ? undefined : options[next]
    if (!option) return
    e.preventDefault()
    onChange(option.value)
    group.current?.querySelectorAll<HTMLElement>('[role="radio"]')[next!]?.focus()
  }
  return (
    <span className="inline-flex items-center gap-1.5">
      <span className="text-xs font-semibold text-muted" aria-hidden="true">
        {label}
      </span>
      {/* The radios take focus (one at a time); the group only hears their arrow keys. */}
      {/* eslint-disable-next-line jsx-a11y/interactive-supports-focus */}
      <span
        ref={group}
        role="radiogroup"
        aria-label={label}
        onKeyDown={onKeyDown}
        className="inline-flex rounded-md border border-line bg-surface p-0.5"
      >
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            role="radio"
            aria-checked={value === o.value}
            tabIndex={value === o.value ? 0 : -1}
            title={o.title}
            onClick={() => onChange(o.value)}
            className="min-h-7 rounded px-2 text-xs font-semibold text-ink aria-checked:bg-ink aria-checked:text-page"
          >
            {o.label}
          </button>
        ))}
      </span>
    </span>
  )
}
