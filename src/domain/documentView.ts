import { viewSchema } from './schema'
import { parseIsoInstant } from './time'
import type { TimelineDocument, TimelineEvent } from './types'

/** Where the parser reports what it could not use. */
interface Report {
  error: (path: string, message: string) => void
  warn: (path: string, message: string) => void
}

/**
 * The document's `view`, the range shown first. One that cannot be read, is empty or misses
 * every event is dropped with a problem, and the whole timeline is shown first instead.
 */
export function parseView(
  value: unknown,
  events: readonly TimelineEvent[],
  timezone: string,
  out: Report,
): TimelineDocument['view'] {
  // A view of the wrong shape was reported with the rest of the top level.
  const r = viewSchema.safeParse(value)
  if (!r.success) return undefined
  const whole = 'the whole timeline is shown first'
  const ms = (which: 'start' | 'end') => {
    const parsed = parseIsoInstant(r.data[which], timezone)
    if (parsed.ok) return parsed.ms
    out.error(`$.view.${which}`, `${parsed.message}; ${whole}.`)
    return null
  }
  const startMs = ms('start')
  const endMs = ms('end')
  if (startMs === null || endMs === null) return undefined
  if (endMs <= startMs) {
    out.error('$.view.end', `The view ends before it starts; ${whole}.`)
    return undefined
  }
  if (!events.some((e) => e.startMs <= endMs && e.endMs >= startMs)) {
    out.warn('$.view', `No event falls in the view; ${whole}.`)
    return undefined
  }
  return { startMs, endMs }
}
