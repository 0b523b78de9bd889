import type { Collector } from './problems'
import type { SourceId, Speaker } from './types'

/** What parsing one event needs from the document around it, and what it adds as it goes. */
export interface Ctx {
  out: Collector
  timezone: string
  speakerIds: Set<string>
  /** True when the document lists its speakers: a quote's speaker must then be one of them. */
  namedSpeakers: boolean
  extraSpeakers: Map<string, Speaker>
  sourceIds: Set<string>
  quoteIds: Set<string>
  aliases: Set<string>
}

/** The ids of known sources; an unknown one is dropped with a warning. */
export function sourceRefs(ids: readonly string[] | undefined, path: string, ctx: Ctx): SourceId[] {
  // Most events and quotes name no sources, or only known ones: no filtering closure for them.
  if (!ids?.length) return []
  if (ids.every((id) => ctx.sourceIds.has(id))) return ids.slice() as SourceId[]
  return ids.filter((id, i) => {
    if (ctx.sourceIds.has(id)) return true
    ctx.out.warn(`${path}[${i}]`, `No source has the id "${id}"; the reference is dropped.`)
    return false
  }) as SourceId[]
}
