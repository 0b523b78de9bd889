import type { DraftContent, Row } from '../model'

let last: { events: readonly Row[]; kinds: string[] } | null = null

/** The kinds events use; scanned again only when an edit changed some event's kind. */
function usedKinds(events: readonly Row[]): string[] {
  const prev = last
  if (prev && prev.events.length === events.length) {
    let same = true
    for (let i = 0; i < events.length && same; i++) {
      const a = prev.events[i]!
      const b = events[i]!
      same = a === b || (a.uid === b.uid && a.data.kind === b.data.kind)
    }
    if (same) {
      prev.events = events
      return prev.kinds
    }
  }
  const seen = new Set<string>()
  for (const e of events) if (typeof e.data.kind === 'string') seen.add(e.data.kind)
  last = { events, kinds: [...seen] }
  return last.kinds
}

/**
 * The kinds a draft names: those the document describes (`kinds`), then those its events use.
 * Typing in an event's title costs one pass of reference comparisons, not a scan of the kinds.
 */
export function draftKinds(content: DraftContent): string[] {
  const declared = (Array.isArray(content.meta.kinds) ? content.meta.kinds : [])
    .map((k: unknown) => (k && typeof k === 'object' ? (k as { id?: unknown }).id : undefined))
    .filter((id): id is string => typeof id === 'string' && id !== '')
  return [...new Set([...declared, ...usedKinds(content.events)])].filter((k) => k.trim() !== '')
}
