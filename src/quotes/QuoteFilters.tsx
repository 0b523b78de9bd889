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
              className="speaker-chip min-w-0"
            >
              <span
                aria-hidden="true"
                className="size-2.5 shrink-0 rounded-full"
                style={{ backgroundColor: speakerColor(s.id, i) }}
              />
              {/* One line: a long name ends in an ellipsis. The whole of it is the button's name,
                  and its tooltip here, where it is not announced a second time. */}
              <bdi className="truncate" title={s.name}>
                {s.name}
              </bdi>
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
