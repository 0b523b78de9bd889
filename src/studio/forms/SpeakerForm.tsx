import type { ProblemMap } from '../problems'
import { FormShell } from './fields/FormShell'
import { IdField } from './fields/IdField'
import { TextField } from './fields/TextField'
import { useRecord } from './fields/useRecord'

/** One speaker: the id quotes name them by, their name and role. */
export function SpeakerForm({ uid, problems }: { uid: string; problems?: ProblemMap | undefined }) {
  const target = { target: 'speakers', uid } as const
  const record = useRecord(target, problems)
  if (!record) return null
  const { data, problems: list } = record
  return (
    <FormShell heading="Speaker" problems={list} fields={['id', 'name', 'role']}>
      <IdField target={target} data={data} problems={list} />
      <TextField
        target={target}
        data={data}
        path={['name']}
        label="Name"
        required
        problems={list}
        hint="As your readers know them: “Vladimir Putin”."
      />
      <TextField
        target={target}
        data={data}
        path={['role']}
        label="Role"
        problems={list}
        hint="Optional: “President of Russia”. Shown beside their quotes."
      />
    </FormShell>
  )
}
