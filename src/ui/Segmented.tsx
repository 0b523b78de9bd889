/** A small group of mutually exclusive toggle buttons (theme, time zone). */
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
  return (
    <div role="group" aria-label={label} className="inline-flex items-center gap-1.5">
      <span className="text-xs font-semibold text-muted">{label}</span>
      <span className="inline-flex rounded-md border border-line bg-surface p-0.5">
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={value === o.value}
            title={o.title}
            onClick={() => onChange(o.value)}
            className="min-h-7 rounded px-2 text-xs font-semibold text-ink aria-pressed:bg-ink aria-pressed:text-page"
          >
            {o.label}
          </button>
        ))}
      </span>
    </div>
  )
}
