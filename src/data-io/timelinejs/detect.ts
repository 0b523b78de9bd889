/** Telling a TimelineJS3 document from a Quoteline one, before either is parsed. */

import { isRecord } from '../../domain/isRecord'

/** True when a JSON value has TimelineJS3's shape (`start_date` objects, a title slide). */
export function isTimelineJsDocument(value: unknown): boolean {
  if (!isRecord(value)) return false
  const events = Array.isArray(value.events) ? value.events.filter(isRecord) : []
  if (events.some((e) => typeof e.start === 'string')) return false
  if (events.some((e) => isRecord(e.start_date))) return true
  const title = value.title
  return isRecord(title) && (isRecord(title.text) || isRecord(title.media))
}
