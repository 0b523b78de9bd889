import type { ProblemMap } from '../problems'
import { FormShell } from './fields/FormShell'
import { IdField } from './fields/IdField'
import { TextField } from './fields/TextField'
import { useRecord } from './fields/useRecord'

/** One source: what events and quotes cite. */
export function SourceForm({ uid, problems }: { uid: string; problems?: ProblemMap | undefined }) {
  const target = { target: 'sources', uid } as const
  const record = useRecord(target, problems)
  if (!record) return null
  const { data, problems: list } = record
  return (
    <FormShell heading="Source" problems={list} fields={['id', 'title', 'url', 'publisher']}>
      <IdField target={target} data={data} problems={list} />
      <TextField
        target={target}
        data={data}
        path={['title']}
        label="Title"
        required
        problems={list}
        hint="The article, transcript or record, as it is titled."
      />
      <TextField
        target={target}
        data={data}
        path={['url']}
        label="Address (URL)"
        type="url"
        problems={list}

        hint="Optional. Only http and https addresses become links."
      />
      <TextField
        target={target}
        data={data}
        path={['publisher']}
        label="Publisher"
        problems={list}
        hint="Optional: “Associated Press”."
      />
    </FormShell>
  )
}
