import type { z } from 'zod'
import type { KindDefinition } from './kinds'
import type { Collector } from './problems'
import { eraSchema, type kindSchema, type sourceSchema } from './schema'
import { DAY_MS, parseIsoInstant } from './time'
import type { Era, Source, SourceId } from './types'
import { isHttpUrl } from './urls'

// The document's lists beside its events: speakers, sources, kinds and eras.

/** The items of a list that its schema accepts, each id once; the others are named as problems. */
export function parseList<T>(
  value: unknown,
  base: string,
  schema: z.ZodType<T>,
  out: Collector,
): T[] {
  if (!Array.isArray(value)) return []
  const items: T[] = []
  const ids = new Set<string>()
  value.forEach((item, i) => {
    const r = schema.safeParse(item)
    if (!r.success) return out.zod(`${base}[${i}]`, r.error)
    const id = (r.data as { id: string }).id
    if (ids.has(id)) return out.error(`${base}[${i}].id`, `Id "${id}" is used twice; skipped.`)
    ids.add(id)
    items.push(r.data)
  })
  return items
}

/** A source; a link that is not http(s) is dropped with a warning. */
export function toSource(s: z.infer<typeof sourceSchema>, i: number, out: Collector): Source {
  const source: Source = { id: s.id as SourceId, title: s.title }
  if (s.publisher) source.publisher = s.publisher
  if (s.url !== undefined) {
    if (isHttpUrl(s.url)) source.url = s.url
    else
      out.warn(`$.sources[${i}].url`, 'Only http and https links are kept; this link is dropped.')
  }
  return source
}

/** A kind's look with only the fields the document gives. */
export function toKind(k: z.infer<typeof kindSchema>): KindDefinition {
  const kind: KindDefinition = { id: k.id }
  if (k.label) kind.label = k.label
  if (k.symbol) kind.symbol = k.symbol
  if (k.color) kind.color = k.color.toLowerCase()
  return kind
}

/** Eras in time order; one that cannot be read is skipped with an error naming it. */
export function parseEras(value: unknown, timeZone: string, out: Collector): Era[] {
  if (!Array.isArray(value)) return []
  const eras: Era[] = []
  value.forEach((item, i) => {
    const path = `$.eras[${i}]`
    const r = eraSchema.safeParse(item)
    if (!r.success) return out.zod(path, r.error)
    const start = parseIsoInstant(r.data.start, timeZone)
    const end = parseIsoInstant(r.data.end, timeZone)
    if (!start.ok) return out.error(`${path}.start`, `${start.message}; this era is skipped.`)
    if (!end.ok) return out.error(`${path}.end`, `${end.message}; this era is skipped.`)
    const endMs = end.isDay ? end.ms + DAY_MS - 1 : end.ms
    if (endMs < start.ms)
      return out.error(`${path}.end`, 'The end is before the start; this era is skipped.')
    eras.push({
      title: r.data.title,
      startMs: start.ms,
      endMs,
      start: r.data.start,
      end: r.data.end,
    })
  })
  return eras.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs)
}
