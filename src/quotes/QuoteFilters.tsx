import { speakerColor } from '../domain/speakerStyle'
import { useTimeline, useTimelineStore } from '../store/TimelineContext'

/** Speaker toggles and a text search over the quote cards. */
export function QuoteFilters({ shown, total }: { shown: number; total: number }) {
  const store = useTimelineStore()
  const speakers = useTimeline((s) => s.document.speakers)
  const active = useTimeline((s) => s.filters.speakerIds)
  const text = useTimeline((s) => s.filters.text)
  const toggle = (id: (typeof speakers)[number]['id']) => {
    const next = active.includes(id) ? active.filter((x) => x !== id) : [...active, id]
    store.getState().setFilters({ speakerIds: next })
  }
  return (
    <div className="flex flex-col gap-2 pb-3">
      <label className="flex flex-col gap-1 text-sm font-medium text-ink">
        Search quotes
        <input
          type="search"
          value={text}
          placeholder="Words, speaker or event"
          onChange={(e) => store.getState().setFilters({ text: e.target.value })}
          className="min-h-9 rounded-md border border-line bg-surface px-3 text-base text-ink placeholder:text-muted"
        />
      </label>
      {speakers.length > 1 ? (
        <div role="group" aria-label="Filter by speaker" className="flex flex-wrap gap-1.5">
          {speakers.map((s, i) => (
            <button
              key={s.id}
              type="button"
              aria-pressed={active.includes(s.id)}
              onClick={() => toggle(s.id)}
              className="speaker-chip"
            >
              <span
                aria-hidden="true"
                className="inline-block size-2.5 rounded-full"
                style={{ backgroundColor: speakerColor(s.id, i) }}
              />
              {s.name}
            </button>
          ))}
        </div>
      ) : null}
      <p className="text-xs text-muted" aria-live="polite">
        {shown === total
          ? `${total} ${total === 1 ? 'quote' : 'quotes'}`
          : `${shown} of ${total} ${total === 1 ? 'quote matches' : 'quotes match'}`}
      </p>
    </div>
  )
}
