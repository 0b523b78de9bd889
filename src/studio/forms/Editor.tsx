import { findRow } from '../createStudioStore'
import type { ProblemMap } from '../problems'
import { useStudio } from '../StudioContext'
import { DocumentForm } from './DocumentForm'
import { EventForm } from './EventForm'
import { QuoteForm } from './QuoteForm'
import { SourceForm } from './SourceForm'
import { SpeakerForm } from './SpeakerForm'

/**
 * The form of what the store's `focus` names: the document, or one speaker, source, event or
 * quote. `problems` are the whole document's, placed by record (the page computes them after a
 * pause); each form adds its own record's check as you type.
 */
export function Editor({ problems }: { problems?: ProblemMap | undefined }) {
  const focus = useStudio((s) => s.focus)
  const exists = useStudio(
    (s) => s.focus.target === 'meta' || findRow(s.content, s.focus.target, s.focus.uid) !== null,
  )
  if (focus.target === 'meta') return <DocumentForm problems={problems} />
  if (!exists)
    return (
      <p className="m-0 text-sm text-muted">
        This item is no longer in the draft. Choose another in the outline.
      </p>
    )
  // Keyed by the record, so nothing of one item's form (a half-typed list) carries to the next.
  switch (focus.target) {
    case 'events':
      return <EventForm key={focus.uid} uid={focus.uid} problems={problems} />
    case 'quotes':
      return <QuoteForm key={focus.uid} uid={focus.uid} problems={problems} />
    case 'speakers':
      return <SpeakerForm key={focus.uid} uid={focus.uid} problems={problems} />
    case 'sources':
      return <SourceForm key={focus.uid} uid={focus.uid} problems={problems} />
  }
}
