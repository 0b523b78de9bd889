import type { Fields } from '../model'
import type { FieldProblem } from '../problems'
import { useStudio, useStudioStore } from '../StudioContext'
import { underField } from './fields/BoundLists'
import { CheckList } from './fields/CheckList'
import { asList, setField, type Target } from './fields/edit'
import { ListText } from './fields/ListText'

/** Who took part: the draft's speakers, ticked, and anyone else by name. */
export function ParticipantsField({
  target,
  data,
  problems,
}: {
  target: Target
  data: Fields
  problems: readonly FieldProblem[]
}) {
  const store = useStudioStore()
  const speakers = useStudio((s) => s.content.speakers)
  const ids = speakers.map((r) => String(r.data.id ?? '')).filter(Boolean)
  const all = asList(data, ['participants'])
  const named = all.filter((p) => ids.includes(p))
  const others = all.filter((p) => !ids.includes(p))
  const save = (next: string[], seal: boolean) => {
    setField(store, target, ['participants'], next.length > 0 ? next : undefined)
    if (seal) store.getState().seal()
  }
  return (
    <>
      <CheckList
        legend="Participants"
        options={speakers
          .filter((r) => typeof r.data.id === 'string' && r.data.id !== '')
          .map((r) => ({ value: String(r.data.id), label: String(r.data.name || r.data.id) }))}
        selected={named}
        onChange={(next) => save([...next, ...others], true)}
        problems={underField(problems, 'participants')}
        none="No speakers yet: add them under Speakers, or name participants below."
      />
      <ListText
        label="Other participants"
        hint="Names of people who are not speakers in this draft, with a comma between them."
        items={others}
        onChange={(next) => save([...named, ...next], false)}
        onBlur={() => store.getState().seal()}
        problems={[]}
      />
    </>
  )
}
