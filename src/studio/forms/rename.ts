import { getIn, setIn } from '../edits'
import type { DraftContent, Fields, Patch, Row } from '../model'

/** Collections whose ids other records name. (Events are named only by links from outside.) */
export type Referenced = 'speakers' | 'sources'

/** Where records name a speaker or a source by id: single fields and lists, by collection. */
const PLACES: Record<Referenced, { events: string[][]; quotes: string[][] }> = {
  speakers: { events: [['participants']], quotes: [['speaker']] },
  sources: {
    events: [['sources'], ['timing', 'start', 'sources'], ['timing', 'end', 'sources']],
    quotes: [['sources'], ['verbatimIn']],
  },
}

/** The record with every mention of `from` at `paths` made `to`; the same object if none. */
function renamed(data: Fields, paths: readonly string[][], from: string, to: string): Fields {
  let out = data
  for (const path of paths) {
    const value = getIn(out, path)
    if (value === from) out = setIn(out, path, to)
    else if (Array.isArray(value) && value.includes(from))
      out = setIn(
        out,
        path,
        value.map((v) => (v === from ? to : v)),
      )
  }
  return out
}

/**
 * The patches that make every record naming speaker (or source) `from` name `to` instead: a
 * quote's speaker, an event's participants, the sources lists and `verbatimIn`. With the id's own
 * edit they make one undo step, so links between records survive a rename.
 */
export function renameReferences(
  content: DraftContent,
  collection: Referenced,
  from: string,
  to: string,
): Patch[] {
  if (from === to || from === '') return []
  const patches: Patch[] = []
  for (const list of ['events', 'quotes'] as const) {
    for (const row of content[list]) {
      const data = renamed(row.data, PLACES[collection][list], from, to)
      if (data !== row.data) {
        const after: Row = { ...row, data }
        patches.push({ target: list, uid: row.uid, before: row, after })
      }
    }
  }
  return patches
}

/** How many events and quotes name this speaker (or source). */
export function countReferences(content: DraftContent, collection: Referenced, id: string): number {
  return renameReferences(content, collection, id, `${id}\u0000`).length
}
