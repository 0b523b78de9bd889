import { splitMatches } from '../domain/search'

/** Text with the search matches marked; never parsed as HTML. */
export function Highlighted({ text, query }: { text: string; query: string }) {
  const parts = splitMatches(text, query)
  return (
    <>
      {parts.map((p, i) =>
        p.match ? (
          <mark key={i} className="match">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  )
}
