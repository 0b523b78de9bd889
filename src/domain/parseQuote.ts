import { quoteRecord } from './parseRecord'
import { sourceRefs, type Ctx } from './parseContext'
import { presentFields } from './presentFields'
import { quoteSchema } from './schema'
import type { EventId, Quote, QuoteId, Speaker, SpeakerId } from './types'

const checkQuote = presentFields(quoteSchema)

/** One quote of an event, or none (with an error) when it cannot be kept. */
export function parseQuote(item: unknown, path: string, eventId: EventId, ctx: Ctx): Quote[] {
  const r = checkQuote(item)
  if (!r.success) {
    ctx.out.zod(path, r.error)
    return []
  }
  const q = r.data
  if (ctx.quoteIds.has(q.id)) {
    ctx.out.error(`${path}.id`, `Quote id "${q.id}" is used twice; this quote is skipped.`)
    return []
  }
  const speakerId = resolveSpeaker(q.speaker, `${path}.speaker`, ctx)
  if (!speakerId) return []
  ctx.quoteIds.add(q.id)
  const quote: Quote = {
    id: q.id as QuoteId,
    eventId,
    speakerId,
    text: q.text,
    sourceIds: sourceRefs(q.sources, `${path}.sources`, ctx),
    interpreted: q.interpreted ?? false,
  }
  if (q.context) quote.context = q.context
  if (q.note) quote.note = q.note
  if (q.verbatimIn || q.aliases) {
    Object.assign(quote, quoteRecord(q, quote.sourceIds, path, ctx, ctx.out.warn.bind(ctx.out)))
  }
  return [quote]
}

function resolveSpeaker(name: string, path: string, ctx: Ctx): SpeakerId | null {
  if (ctx.speakerIds.has(name)) return name as SpeakerId
  if (ctx.namedSpeakers) {
    ctx.out.error(path, `No speaker has the id "${name}"; this quote is skipped.`)
    return null
  }
  // Without a speakers list, a plain name stands for the speaker.
  const id = `name:${name}` as SpeakerId
  if (!ctx.extraSpeakers.has(id)) ctx.extraSpeakers.set(id, { id, name })
  return id
}

/** Speakers known only by name, in time order of their first quote, whatever the file order. */
export function plainSpeakersInOrder(quotes: Quote[], extra: Map<string, Speaker>): Speaker[] {
  const ordered = new Set<Speaker>()
  for (const q of quotes) {
    const speaker = extra.get(q.speakerId)
    if (speaker) ordered.add(speaker)
  }
  return [...ordered]
}
