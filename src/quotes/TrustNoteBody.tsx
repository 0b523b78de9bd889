import { formatWith } from '../domain/formatTime'
import { trustNoteLines } from '../domain/trustNote'
import type { Correction } from '../domain/types'
import { useTimeline } from '../store/TimelineContext'

/** "December 3, 2026" for a YYYY-MM-DD date (read by hand: never `new Date(string)`). */
function formatDate(date: string): string {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number)
  return formatWith(Date.UTC(y, m - 1, d), 'UTC', 'date', {
    month: 'long',
    day: 'numeric',
    year: 'numeric',
  })
}

function CorrectionList({ corrections }: { corrections: Correction[] }) {
  return (
    <ul className="m-0 flex list-none flex-col gap-1 p-0">
      {corrections.map((c, i) => (
        <li key={i}>
          <time dateTime={c.date} className="font-semibold">
            {formatDate(c.date)}
          </time>
          : {c.text}
        </li>
      ))}
    </ul>
  )
}

/** The trust note's words, from the document itself, and its corrections under the record. */
export default function TrustNoteBody({ short }: { short: boolean }) {
  const doc = useTimeline((s) => s.document)
  const corrections = doc.corrections ?? []
  return (
    <footer className="flex flex-col gap-2 border-t border-line pt-3 text-xs leading-5 text-muted">
      <p className="m-0">{trustNoteLines(doc).join(' ')}</p>
      {corrections.length === 0 ? null : short ? (
        <details>
          <summary className="cursor-pointer font-semibold">
            Corrections ({corrections.length})
          </summary>
          <CorrectionList corrections={corrections} />
        </details>
      ) : (
        <section aria-labelledby="corrections-heading" className="flex flex-col gap-1">
          <h2 id="corrections-heading" className="m-0 text-sm font-bold text-ink">
            Corrections
          </h2>
          <CorrectionList corrections={corrections} />
        </section>
      )}
    </footer>
  )
}
