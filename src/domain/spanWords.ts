import { DAY_MS, zoneOffsetMs } from './time'
import type { TimelineDocument } from './types'

/**
 * What a document spans, in words for headings and buttons: "the day", "the week", "the 20
 * days", "1943", "1815–1946". Counted in calendar days of the document's own zone.
 */

const SMALL = ['', 'one', 'two', 'three', 'four', 'five', 'six']

/** The zone's wall clock at `ms`, as a UTC date. */
const wall = (ms: number, zone: string) => new Date(ms + zoneOffsetMs(ms, zone))

const cache = new WeakMap<TimelineDocument, string>()

/** The document's span as a noun phrase ("the day", "1815–1946"); cached per document. */
export function spanNoun(doc: TimelineDocument): string {
  let noun = cache.get(doc)
  if (noun === undefined) {
    noun = computeSpanNoun(doc)
    cache.set(doc, noun)
  }
  return noun
}

function computeSpanNoun(doc: TimelineDocument): string {
  const first = doc.events[0]
  if (!first) return 'the timeline'
  let lastMs = first.endMs
  for (const e of doc.events) if (e.endMs > lastMs) lastMs = e.endMs
  const from = wall(first.startMs, doc.timezone)
  const to = wall(lastMs, doc.timezone)
  const days = Math.floor(+to / DAY_MS) - Math.floor(+from / DAY_MS) + 1
  if (days <= 1) return 'the day'
  if (days < 7) return `the ${SMALL[days] ?? days} days`
  if (days === 7) return 'the week'
  if (days <= 62) return `the ${days} days`
  const [a, b] = [from.getUTCFullYear(), to.getUTCFullYear()]
  return a === b ? `${a}` : `${a}–${b}`
}

/** "the whole day", "the whole 20 days", "all of 1815–1946": what "Fit all" shows. */
export function wholeSpan(noun: string): string {
  return noun.startsWith('the ') ? `the whole ${noun.slice(4)}` : `all of ${noun}`
}
