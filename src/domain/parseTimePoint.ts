import { periodAround, type CalendarUnit } from './calendar'
import { sourceRefs, type Ctx } from './parseContext'
import type { RawTimeDetail } from './schema'
import { DAY_MS, parseIsoInstant } from './time'
import type { TimePoint } from './types'

/**
 * An event's start or end with its precision, its bounds and their sources. A whole month or
 * year (`unit`) spans its period; a bound that cannot be read is ignored with a warning.
 */
export function timePoint(
  iso: string,
  detail: RawTimeDetail | undefined,
  path: string,
  ctx: Ctx,
  unit?: CalendarUnit,
): TimePoint | null {
  const parsed = parseIsoInstant(iso, ctx.timezone)
  if (!parsed.ok) {
    ctx.out.error(path, `${parsed.message}; this event is skipped.`)
    return null
  }
  if (unit && !parsed.isDay) {
    const where = path.replace(/\.(start|end)$/, '.granularity.$1')
    ctx.out.warn(where, 'A whole month or year needs a date without a time of day; ignored.')
  }
  const period = unit && parsed.isDay ? periodAround(parsed.ms, unit, ctx.timezone) : null
  const bound = (
    value: string | undefined,
    which: 'earliest' | 'latest',
    fallback: number,
  ): number => {
    if (value === undefined) return fallback
    const b = parseIsoInstant(value, ctx.timezone)
    if (b.ok) return b.ms
    ctx.out.warn(
      `${path.replace(/\.(start|end)$/, '.timing.$1')}.${which}`,
      `${b.message}; ignored.`,
    )
    return fallback
  }
  const ms = period?.startMs ?? parsed.ms
  const lastMs = period ? period.endMs - 1 : parsed.isDay ? ms + DAY_MS - 1 : ms
  let earliestMs = bound(detail?.earliest, 'earliest', ms)
  let latestMs = bound(detail?.latest, 'latest', lastMs)
  if (earliestMs > latestMs) {
    ctx.out.warn(path, 'The earliest bound is after the latest; the bounds are ignored.')
    earliestMs = ms
    latestMs = ms
  }
  const point: TimePoint = {
    ms,
    precision: parsed.isDay ? 'day' : (detail?.precision ?? 'exact'),
    earliestMs: Math.min(earliestMs, ms),
    latestMs: Math.max(latestMs, ms),
    sourceIds: sourceRefs(detail?.sources, `${path}.sources`, ctx),
  }
  if (detail?.note) point.note = detail.note
  if (period && unit) point.granularity = unit
  return point
}
