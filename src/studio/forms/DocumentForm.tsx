import { useId, useMemo } from 'react'
import { isValidTimeZone } from '../../domain/time'
import type { ProblemMap } from '../problems'
import type { FieldProblem } from '../problems'
import { asText } from './fields/edit'
import { FormShell, Group } from './fields/FormShell'
import { TextField } from './fields/TextField'
import { TimeField } from './fields/TimeField'
import { useRecord } from './fields/useRecord'
import { MetaList, type ItemField } from './MetaList'

const META = { target: 'meta' } as const
const FIELDS = [
  'title',
  'description',
  'timezone',
  'about',
  'corrections',
  'view',
  'kinds',
  'eras',
  'version',
  '$schema',
]

const CORRECTION: ItemField[] = [
  {
    key: 'date',
    label: 'Date',
    required: true,
    hint: 'The day it was corrected, written 2025-08-16.',
  },
  { key: 'text', label: 'What was corrected', required: true, type: 'multiline' },
]
const KIND: ItemField[] = [
  { key: 'id', label: 'Kind', required: true, hint: 'As events name it: “vote”.' },
  { key: 'label', label: 'Label', hint: 'As readers see it: “Vote”.' },
  {
    key: 'symbol',
    label: 'Symbol',
    type: 'symbol',
    hint: 'The marker’s shape, so colour is never the only cue.',
  },
  {
    key: 'color',
    label: 'Colour',
    type: 'colour',
    hint: 'Written #rrggbb, used in light and dark.',
  },
]
const ERA: ItemField[] = [
  { key: 'title', label: 'Title', required: true },
  { key: 'start', label: 'Start', required: true, type: 'time' },
  { key: 'end', label: 'End', required: true, type: 'time' },
]

/** Every zone name this browser knows, for the zone's suggestions (built once, when first asked). */
let zones: string[] | null = null
const zoneNames = () => (zones ??= Intl.supportedValuesOf('timeZone'))

/** The document's own fields: its title and zone, trust note, corrections, first view, kinds, eras. */
export function DocumentForm({ problems }: { problems?: ProblemMap | undefined }) {
  const record = useRecord(META, problems)
  const zonesId = useId()
  const zoneList = useMemo(() => zoneNames(), [])
  if (!record) return null
  const { data, problems: list } = record
  const common = { target: META, data, problems: list }
  const zone = asText(data, ['timezone'])
  const zoneProblem: FieldProblem[] =
    zone !== '' && !isValidTimeZone(zone)
      ? [
          {
            field: 'timezone',
            message: 'is not a zone name this browser knows (try America/Anchorage)',
            severity: 'error',
          },
        ]
      : []
  return (
    <FormShell heading="Document" problems={list} fields={FIELDS}>
      <TextField {...common} path={['title']} label="Title" hint="Shown above the timeline." />
      <TextField
        {...common}
        path={['description']}
        label="Description"
        multiline
        hint="Optional: a sentence or two on what the timeline covers."
      />
      <TextField
        {...common}
        path={['timezone']}
        label="Time zone"
        name="The time zone"
        list={zonesId}
        problems={[...zoneProblem, ...list]}
        hint="Where the events happened, as a zone name (America/Anchorage): times read in it."
      />
      <datalist id={zonesId}>
        {zoneList.map((z) => (
          <option key={z} value={z} />
        ))}
      </datalist>
      <TextField
        {...common}
        path={['about']}
        label="About this timeline"
        multiline
        hint="The trust note under the timeline: who made it, from what, how to read it."
      />
      <Group title="First view">
        <p className="m-0 text-sm text-muted">
          Optional: the stretch of time readers see first. Without it, they see the whole timeline.
        </p>
        <TimeField {...common} path={['view', 'start']} label="From" name="The view’s start" />
        <TimeField {...common} path={['view', 'end']} label="To" name="The view’s end" />
      </Group>
      <MetaList
        name="corrections"
        title="Corrections"
        noun="Correction"
        meta={data}
        fields={CORRECTION}
        problems={list}
        intro="Each correction made after publishing, with its date, as readers see it."
      />
      <MetaList
        name="kinds"
        title="Kinds"
        noun="Kind"
        meta={data}
        fields={KIND}
        problems={list}
        intro="Optional: how each kind of event looks. Kinds left out get a shape and colour of their own."
      />
      <MetaList
        name="eras"
        title="Eras"
        noun="Era"
        meta={data}
        fields={ERA}
        problems={list}
        intro="Optional: stretches of time drawn as bands behind the events."
      />
    </FormShell>
  )
}
