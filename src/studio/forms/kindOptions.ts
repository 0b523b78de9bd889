import type { DraftContent, Row } from '../model'

const used = new WeakMap<readonly Row[], string[]>()

/**
 * The kinds a draft names: those the document describes (`kinds`), then those its events use.
 * Cached by the events list, so typing in another field of the same list costs one pass.
 */
export function draftKinds(content: DraftContent): string[] {
  let fromEvents = used.get(content.events)
  if (!fromEvents) {
    const seen = new Set<string>()
    for (const e of content.events) if (typeof e.data.kind === 'string') seen.add(e.data.kind)
    fromEvents = [...seen]
    used.set(content.events, fromEvents)
  }
  const declared = (Array.isArray(content.meta.kinds) ? content.meta.kinds : [])
    .map((k: unknown) => (k && typeof k === 'object' ? (k as { id?: unknown }).id : undefined))
    .filter((id): id is string => typeof id === 'string' && id !== '')
  return [...new Set([...declared, ...fromEvents])].filter((k) => k.trim() !== '')
}
