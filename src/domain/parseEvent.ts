import { isRecord } from './isRecord'
import { sourceRefs, type Ctx } from './parseContext'
import { parseQuote } from './parseQuote'
import { timePoint } from './parseTimePoint'
import { presentFields } from './presentFields'
import { jsonPath, plainMessage } from './problems'
import { eventSchema, mediaSchema } from './schema'
import type { EventId, EventMedia, Quote, TimelineEvent } from './types'
import { isImageSrc } from './urls'

const checkEvent = presentFields(eventSchema)

/** An event that cannot be shown takes its quotes with it: each one is named, never lost quietly. */
export function dropQuotes(item: unknown, path: string, ctx: Ctx): void {
  const quotes = isRecord(item) && Array.isArray(item.quotes) ? item.quotes : []
  quotes.forEach((_, i) =>
    ctx.out.error(
      `${path}.quotes[${i}]`,
      'This quote is dropped, because its event cannot be shown.',
    ),
  )
}

/** An event with quotes and nothing else is most likely a quote row with a mistyped event id. */
function mistypedIdHint(item: unknown): string {
  if (!isRecord(item) || !Array.isArray(item.quotes) || item.quotes.length === 0) return ''
  if (item.kind !== undefined || item.title !== undefined || item.start !== undefined) return ''
  const id = typeof item.id === 'string' ? `“${item.id.slice(0, 60)}”` : 'its id'
  return ` It has quotes but no kind, title or start: is ${id} a mistyped id of another event?`
}

/** One event and its quotes, or null (with the reasons) when it cannot be shown. */
export function parseEvent(
  item: unknown,
  path: string,
  ctx: Ctx,
): { event: TimelineEvent; quotes: Quote[] } | null {
  const r = checkEvent(item)
  if (!r.success) {
    ctx.out.zod(path, r.error)
    ctx.out.warn(path, `This event is skipped.${mistypedIdHint(item)}`)
    dropQuotes(item, path, ctx)
    return null
  }
  const e = r.data
  const unit = e.granularity
  const start = timePoint(e.start, e.timing?.start, `${path}.start`, ctx, unit?.start)
  if (!start) {
    dropQuotes(item, path, ctx)
    return null
  }
  let end =
    e.end === undefined ? null : timePoint(e.end, e.timing?.end, `${path}.end`, ctx, unit?.end)
  if (end && end.ms < start.ms) {
    ctx.out.error(`${path}.end`, 'The end is before the start; the event is drawn as an instant.')
    end = null
  }
  const id = e.id as EventId
  const quotes = (e.quotes ?? []).flatMap((q, i) => parseQuote(q, `${path}.quotes[${i}]`, id, ctx))
  const event: TimelineEvent = {
    id,
    kind: e.kind,
    title: e.title,
    start,
    startMs: Math.min(start.ms, start.earliestMs),
    endMs: Math.max(end?.ms ?? start.ms, end?.latestMs ?? start.latestMs, start.latestMs),
    participants: e.participants ?? [],
    sourceIds: sourceRefs(e.sources, `${path}.sources`, ctx),
    quoteIds: quotes.map((q) => q.id),
  }
  if (end) event.end = end
  if (e.timing?.duration) {
    event.duration = { label: e.timing.duration.label }
    if (e.timing.duration.note) event.duration.note = e.timing.duration.note
  }
  if (e.summary) event.summary = e.summary
  if (e.place) event.place = e.place
  if (e.media !== undefined) {
    const media = parseMedia(e.media, `${path}.media`, ctx)
    if (media) event.media = media
  }
  return { event, quotes }
}

/** An event's image, or null (with a warning) when it cannot be shown: its event stays. */
function parseMedia(value: unknown, path: string, ctx: Ctx): EventMedia | null {
  const r = mediaSchema.safeParse(value)
  if (!r.success) {
    for (const issue of r.error.issues) {
      ctx.out.warn(jsonPath(path, issue.path), `${plainMessage(issue)}; the image is not shown.`)
    }
    return null
  }
  const { src, alt, credit, caption } = r.data
  if (!isImageSrc(src)) {
    const message =
      'Only https images, or paths relative to this document, are shown; this image is dropped.'
    ctx.out.warn(`${path}.src`, message)
    return null
  }
  return { src: src.trim(), alt, ...(credit && { credit }), ...(caption && { caption }) }
}
