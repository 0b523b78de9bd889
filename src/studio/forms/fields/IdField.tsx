import { useMemo, useRef } from 'react'
import { useStudio, useStudioStore } from '../../StudioContext'
import type { Collection, DraftContent } from '../../model'
import type { FieldProblem } from '../../problems'
import { renameReferences } from '../rename'
import { asText, type Target } from './edit'
import { TextField } from './TextField'

const HINTS: Record<Collection, string> = {
  events: 'Links to this event use it (#event=…). Letters, digits and . _ ~ - only.',
  quotes: 'Links to this quote use it (#quote=…). Letters, digits and . _ ~ - only.',
  speakers: 'Quotes name their speaker by it; when you change it, they follow.',
  sources: 'Events and quotes cite the source by it; when you change it, they follow.',
}

const NOUN: Record<Collection, string> = {
  events: 'event',
  quotes: 'quote',
  speakers: 'speaker',
  sources: 'source',
}

/**
 * A row's id. Renaming a speaker or a source renames the references to it in the same undo step,
 * unless another row already has the new id (then they wait for a free one, and the clash shows).
 */
export function IdField({
  target,
  data,
  problems,
}: {
  target: Target & { uid: string; target: Collection }
  data: Record<string, unknown>
  problems: readonly FieldProblem[]
}) {
  // The id that the references name now: where they were before this stretch of typing.
  const named = useRef<string | null>(null)
  const collection = target.target
  const id = asText(data, ['id'])
  // Checked here, as you type: the whole document's check says it only after a pause.
  const store = useStudioStore()
  const count = useStudio((s) => s.content[collection].length)
  // Looked up when the id (or the number of rows) changes, not on every keystroke elsewhere.
  const taken = useMemo(
    () =>
      id !== '' &&
      count > 1 &&
      store.getState().content[collection].some((r) => r.uid !== target.uid && r.data.id === id),
    [store, collection, target.uid, id, count],
  )
  const clash: FieldProblem[] = taken
    ? [
        {
          field: 'id',
          message: `is already the id of another ${NOUN[collection]}`,
          severity: 'error',
        },
      ]
    : []
  const more = (content: DraftContent, next: string) => {
    if (collection !== 'speakers' && collection !== 'sources') return []
    const from = named.current ?? asText(data, ['id'])
    const others = content[collection].filter((r) => r.uid !== target.uid).map((r) => r.data.id)
    // An id two rows share, or one taken: renaming would mix up their references.
    if (next === '' || others.includes(next) || others.includes(from)) return []
    named.current = next
    return renameReferences(content, collection, from, next)
  }
  return (
    <TextField
      target={target}
      data={data}
      path={['id']}
      label="Id"
      hint={HINTS[collection]}
      problems={[...clash, ...problems]}
      required
      more={more}
      onFocus={() => {
        named.current = asText(data, ['id'])
      }}
    />
  )
}
