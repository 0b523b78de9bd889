import type { Focus, StudioStore } from '../createStudioStore'
import { addRow, duplicateRow, freeId, removeRow } from '../edits'
import type { Collection, DraftContent, Fields } from '../model'
import { fieldKey } from './fields/edit'
import { requestFieldFocus } from './fields/focusRequest'

/** A new item of each list: required fields empty (never an invented fact), a free id. */
function fresh(content: DraftContent, collection: Exclude<Collection, 'quotes'>): Fields {
  if (collection === 'speakers') return { id: freeId(content, 'speakers', 'speaker'), name: '' }
  if (collection === 'sources') return { id: freeId(content, 'sources', 'source'), title: '' }
  return { id: freeId(content, 'events', 'event'), kind: '', title: '', start: '' }
}

/** The field a new item opens at: an event's title; a speaker's or a source's id. */
const FIRST: Record<Exclude<Collection, 'quotes'>, string> = {
  events: 'title',
  speakers: 'id',
  sources: 'id',
}

/** Adds an item at the end of its list, opens it in the form and focuses its first field. */
export function addItem(store: StudioStore, collection: Exclude<Collection, 'quotes'>): void {
  const { content, apply, setFocus } = store.getState()
  const { patch, uid } = addRow(content, collection, fresh(content, collection))
  apply([patch])
  requestFieldFocus(fieldKey({ target: collection, uid }, [FIRST[collection]]))
  setFocus({ target: collection, uid })
}

/** Ids free among events and quotes both (a copied event's quotes need ids no quote has). */
function freshIds(content: DraftContent, collection: Collection): (id: string) => string {
  const taken = new Set<unknown>(content[collection].map((r) => r.data.id))
  if (collection === 'events') content.quotes.forEach((q) => taken.add(q.data.id))
  return (base) => {
    let n = 2
    while (taken.has(`${base}-${n}`)) n++
    taken.add(`${base}-${n}`)
    return `${base}-${n}`
  }
}

/** A copy of the item after the others, opened in the form. */
export function duplicateItem(store: StudioStore, collection: Collection, uid: string): void {
  const { content, apply, setFocus } = store.getState()
  const { patches, uid: copy } = duplicateRow(
    content,
    collection,
    uid,
    freshIds(content, collection),
  )
  if (!copy) return
  apply(patches)
  setFocus({ target: collection, uid: copy })
}

/** Deletes the item (an event with its quotes) as one undo step, and opens `next`. */
export function deleteItem(store: StudioStore, collection: Collection, uid: string, next: Focus) {
  const { content, apply, setFocus } = store.getState()
  const patches = removeRow(content, collection, uid)
  if (patches.length === 0) return
  apply(patches)
  setFocus(next)
}
