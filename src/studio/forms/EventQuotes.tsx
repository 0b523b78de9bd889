import { memo, useMemo } from 'react'
import { firstWords } from '../../domain/problemPlace'
import { Button } from '../../ui/Button'
import { addRow, freeId } from '../edits'
import type { Row } from '../model'
import { useStudio, useStudioStore } from '../StudioContext'
import { fieldKey } from './fields/edit'
import { requestFieldFocus } from './fields/focusRequest'
import { ITEM_CLASS } from './OutlineRow'

/** The draft's speakers' names by id, to say who said a quote. */
export function useSpeakerNames(): ReadonlyMap<string, string> {
  const speakers = useStudio((s) => s.content.speakers)
  return useMemo(
    () =>
      new Map(
        speakers
          .filter((r) => typeof r.data.id === 'string' && typeof r.data.name === 'string')
          .map((r) => [r.data.id as string, r.data.name as string]),
      ),
    [speakers],
  )
}

/** "Ana Example: “We begin on time…”": a quote as one line. */
export function quoteLine(row: Row, names: ReadonlyMap<string, string>): string {
  const said = typeof row.data.speaker === 'string' ? row.data.speaker : ''
  const speaker = names.get(said) || said
  const words = typeof row.data.text === 'string' ? firstWords(row.data.text, 60) : ''
  return [speaker, words ? `“${words}”` : 'no words yet'].filter(Boolean).join(': ')
}

/** Adds a quote to an event and opens it, its words' field focused. */
export function useAddQuote() {
  const store = useStudioStore()
  return (eventUid: string) => {
    const { content, apply, setFocus } = store.getState()
    const { patch, uid } = addRow(
      content,
      'quotes',
      { id: freeId(content, 'quotes', 'quote'), speaker: '', text: '' },
      eventUid,
    )
    apply([patch])
    requestFieldFocus(fieldKey({ target: 'quotes', uid }, ['text']))
    setFocus({ target: 'quotes', uid })
  }
}

/** The quotes said at an event, to open one, and a button to add one. */
export const EventQuotes = memo(function EventQuotes({ eventUid }: { eventUid: string }) {
  const store = useStudioStore()
  const quotes = useStudio((s) => s.content.quotes)
  const mine = quotes.filter((q) => q.parent === eventUid)
  const addQuote = useAddQuote()
  const names = useSpeakerNames()
  return (
    <section aria-label="Quotes at this event" className="flex flex-col gap-2">
      <h3 className="m-0 text-base font-bold text-ink">Quotes at this event</h3>
      {mine.length === 0 ? (
        <p className="m-0 text-sm text-muted">No quotes yet.</p>
      ) : (
        <ul className="m-0 flex list-none flex-col gap-1 p-0">
          {mine.map((q) => (
            <li key={q.uid}>
              <button
                type="button"
                className={ITEM_CLASS}
                onClick={() => store.getState().setFocus({ target: 'quotes', uid: q.uid })}
              >
                {quoteLine(q, names)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div>
        <Button onClick={() => addQuote(eventUid)}>Add quote</Button>
      </div>
    </section>
  )
})
