import { useMemo } from 'react'
import { findRow } from '../createStudioStore'
import { parentPatch } from '../edits'
import type { ProblemMap } from '../problems'
import { useStudio, useStudioStore } from '../StudioContext'
import { CheckboxField, SourcesField } from './fields/BoundLists'
import { asList } from './fields/edit'
import { FormShell } from './fields/FormShell'
import { IdField } from './fields/IdField'
import { SelectField } from './fields/SelectField'
import { TextField } from './fields/TextField'
import { useRecord } from './fields/useRecord'

const FIELDS = [
  'id',
  'speaker',
  'text',
  'context',
  'sources',
  'verbatimIn',
  'interpreted',
  'note',
  'event',
]

const titleOf = (data: Record<string, unknown>) =>
  typeof data.title === 'string' && data.title.trim()
    ? data.title
    : `(untitled, id ${String(data.id ?? '')})`

/** The event a quote was said at: a choice among the draft's events (moves the quote there). */
function EventChoice({ uid, problems }: { uid: string; problems: ProblemMap | undefined }) {
  const store = useStudioStore()
  const events = useStudio((s) => s.content.events)
  const parent = useStudio((s) => findRow(s.content, 'quotes', uid)?.parent ?? null)
  const options = useMemo(
    () =>
      events.map((e) => ({
        value: e.uid,
        label: `${titleOf(e.data)} · ${String(e.data.start ?? '')}`,
      })),
    [events],
  )
  return (
    <SelectField
      target={{ target: 'quotes', uid }}
      data={{ event: parent ?? '' }}
      path={['event']}
      label="Event"
      hint="Where it was said. The quote shows on that event’s card."
      options={options}
      empty="No event yet"
      problems={problems?.get(uid) ?? []}
      onChange={(value) => {
        const patch = parentPatch(store.getState().content, uid, value === '' ? null : value)
        if (patch) store.getState().apply([patch])
      }}
    />
  )
}

/** One quote: who said it, the words exactly as the source has them, where and how we know. */
export function QuoteForm({ uid, problems }: { uid: string; problems?: ProblemMap | undefined }) {
  const target = { target: 'quotes', uid } as const
  const record = useRecord(target, problems)
  const speakers = useStudio((s) => s.content.speakers)
  if (!record) return null
  const { data, problems: list } = record
  const common = { target, data, problems: list }
  const sources = asList(data, ['sources'])
  return (
    <FormShell heading="Quote" problems={list} fields={FIELDS}>
      <EventChoice uid={uid} problems={problems} />
      {speakers.length > 0 ? (
        <SelectField
          {...common}
          path={['speaker']}
          label="Speaker"
          empty="Choose the speaker"
          required
          options={speakers.map((r) => ({
            value: String(r.data.id ?? ''),
            label: String(r.data.name || r.data.id || ''),
          }))}
        />
      ) : (
        <TextField
          {...common}
          path={['speaker']}
          label="Speaker"
          required
          hint="Their name. Add speakers under Speakers to give them a role and a colour."
        />
      )}
      <TextField
        {...common}
        path={['text']}
        label="Words"
        name="The words"
        required
        multiline
        hint="Exactly as the source has them: never shortened, never tidied."
      />
      <TextField
        {...common}
        path={['context']}
        label="Context"
        multiline
        hint="Optional: a line in your own words on what the words answer."
      />
      <CheckboxField
        {...common}
        path={['interpreted']}
        label="Interpreted"
        hint="Ticked when the words were spoken in another language and these are an interpreter’s."
      />
      <SourcesField {...common} path={['sources']} legend="Sources" />
      <SourcesField
        {...common}
        path={['verbatimIn']}
        legend="Sources with these exact words"
        among={sources}
        hint="The others have the same sense in other words (another translation)."
      />
      <TextField
        {...common}
        path={['note']}
        label="Note"
        multiline
        hint="Optional: a caveat, such as where sources contradict each other."
      />
      <IdField target={target} data={data} problems={list} />
    </FormShell>
  )
}
