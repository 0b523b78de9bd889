import { newUid, type DraftContent } from '../model'
import { requestPersistence } from './persistence'
import { countsOf, type DraftStorage, type DraftSummary } from './types'

/** A draft's name when it has none: its title, else "Untitled draft". */
export function nameFor(content: DraftContent): string {
  const title = content.meta.title
  return typeof title === 'string' && title.trim() ? title.trim() : 'Untitled draft'
}

/**
 * Stores a new draft whole and returns its summary. The first one also asks the browser to
 * keep the drafts when space runs low (`navigator.storage.persist()`, asked once per page).
 */
export async function createDraft(
  storage: DraftStorage,
  content: DraftContent,
  name: string = nameFor(content),
): Promise<DraftSummary> {
  const now = Date.now()
  const draft: DraftSummary = {
    id: newUid(),
    name,
    createdAt: now,
    updatedAt: now,
    counts: countsOf(content),
  }
  await storage.saveAll(draft, content)
  void requestPersistence()
  return draft
}

/** "<name> (copy)", the name of a duplicate. */
export const copyName = (name: string) => `${name || 'Untitled draft'} (copy)`

/** Stores a copy of a stored draft under a new id; null if the draft is gone. */
export async function duplicateDraft(
  storage: DraftStorage,
  id: string,
  name: string,
): Promise<DraftSummary | null> {
  const content = await storage.loadDraft(id)
  return content ? createDraft(storage, content, copyName(name)) : null
}
