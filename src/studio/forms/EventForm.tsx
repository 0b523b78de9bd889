import { useId } from 'react'
import type { ProblemMap } from '../problems'
import { useStudio } from '../StudioContext'
import { EventQuotes } from './EventQuotes'
import { SourcesField } from './fields/BoundLists'
import { FormShell, Group } from './fields/FormShell'
import { IdField } from './fields/IdField'
import { TextField } from './fields/TextField'
import { TimeField } from './fields/TimeField'
import { useRecord } from './fields/useRecord'
import { draftKinds } from './kindOptions'
import { MediaFields } from './MediaFields'
import { ParticipantsField } from './ParticipantsField'
import { TimingFields } from './TimingFields'

const FIELDS = [
  'id',
  'kind',
  'title',
  'start',
  'end',
  'timing',
  'granularity',
  'summary',
  'place',
  'participants',
  'sources',
  'media',
  'quotes',
]

/** The draft's kinds as a datalist (a string per kind: no new list, no redraw, per keystroke). */
function KindList({ id }: { id: string }) {
  const kinds = useStudio((s) => draftKinds(s.content).join('\n'))
  return (
    <datalist id={id}>
      {kinds
        .split('\n')
        .filter(Boolean)
        .map((k) => (
          <option key={k} value={k} />
        ))}
    </datalist>
  )
}

/** One event: what happened, when and how sure, where, who, how we know, its image and quotes. */
export function EventForm({ uid, problems }: { uid: string; problems?: ProblemMap | undefined }) {
  const target = { target: 'events', uid } as const
  const record = useRecord(target, problems)
  const kindsId = useId()
  if (!record) return null
  const { data, problems: list } = record
  const common = { target, data, problems: list }
  return (
    <FormShell heading="Event" problems={list} fields={FIELDS}>
      <TextField
        {...common}
        path={['title']}
        label="Title"
        required
        hint="A few words a reader scans: “The budget passes 6–1”."
      />
      <TextField
        {...common}
        path={['kind']}
        label="Kind"
        required
        list={kindsId}
        hint="What sort of event: arrival, meeting, vote… Events of one kind share a colour and a shape."
      />
      <KindList id={kindsId} />
      <IdField target={target} data={data} problems={list} />
      <Group title="When">
        <TimeField {...common} path={['start']} label="Start" required />
        <TimingFields {...common} which="start" />
        <TimeField
          {...common}
          path={['end']}
          label="End"
          hint="Optional. Leave it empty for a moment rather than a stretch of time."
        />
        <TimingFields {...common} which="end" />
        <TextField
          {...common}
          path={['timing', 'duration', 'label']}
          label="Duration, as sources state it"
          name="The duration"
          hint="Optional: “nearly three hours”."
        />
        <TextField
          {...common}
          path={['timing', 'duration', 'note']}
          label="Duration note"
          hint="Optional: where the figures differ."
          multiline
        />
      </Group>
      <TextField
        {...common}
        path={['summary']}
        label="Summary"
        multiline
        hint="Optional. What happened, in a few sentences of your own."
      />
      <TextField
        {...common}
        path={['place']}
        label="Place"
        hint="Optional: “Joint Base Elmendorf–Richardson”."
      />
      <ParticipantsField {...common} />
      <SourcesField
        {...common}
        path={['sources']}
        legend="Sources"
        hint="How we know this happened."
      />
      <MediaFields {...common} />
      <EventQuotes eventUid={uid} />
    </FormShell>
  )
}
