import type { Source } from '../domain/types'

/** Sources as a list; only http(s) URLs (checked when parsing) become links. */
export function SourceLinks({
  sources,
  label = 'Source',
  plural = `${label}s`,
}: {
  sources: Source[]
  label?: string
  plural?: string
}) {
  if (sources.length === 0) return null
  return (
    <p className="text-xs leading-5 text-muted">
      <span className="font-semibold">{sources.length > 1 ? plural : label}: </span>
      {sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? '; ' : ''}
          <cite className="not-italic">
            {s.url ? (
              <a
                href={s.url}
                target="_blank"
                rel="noopener noreferrer"
                className="text-accent underline decoration-1 underline-offset-2 hover:decoration-2"
              >
                {s.title}
              </a>
            ) : (
              s.title
            )}
            {s.publisher ? ` (${s.publisher})` : ''}
          </cite>
        </span>
      ))}
    </p>
  )
}
