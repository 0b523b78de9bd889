import { formatWith } from './formatTime'
import type { TimelineDocument } from './types'

/**
 * What a document spans, in words for headings and buttons: "the day", "the week", "the 20
 * days", "1943", "1815–1946". Counted in calendar days of the document's own zone.
 */

const DAY_MS = 86_400_000
const SMALL = ['', 'one', 'two', 'three', 'four', 'five', 'six']

/** The calendar day of `ms` in `zone`, as a count of days since 1970. */
function dayNumber(ms: number, zone: string): number {
  const [m = 1, d = 1, y = 1970] = formatWith(ms, zone, 'mdy', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .split('/')
    .map(Number)
  return Date.UTC(y, m - 1, d) / DAY_MS
}

const yearOf = (ms: number, zone: string) => formatWith(ms, zone, 'year', { year: 'numeric' })

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
  const zone = doc.timezone
  const days = dayNumber(lastMs, zone) - dayNumber(first.startMs, zone) + 1
  if (days <= 1) return 'the day'
  if (days < 7) return `the ${SMALL[days] ?? days} days`
  if (days === 7) return 'the week'
  if (days <= 62) return `the ${days} days`
  const from = yearOf(first.startMs, zone)
  const to = yearOf(lastMs, zone)
  return from === to ? from : `${from}–${to}`
}

/** "the whole day", "all 20 days", "all of 1815–1946": what "Fit all" shows. */
export function wholeSpan(noun: string): string {
  if (noun === 'the day' || noun === 'the week') return `the whole ${noun.slice(4)}`
  if (noun === 'the two days') return 'both days'
  return noun.startsWith('the ') ? `all ${noun.slice(4)}` : `all of ${noun}`
}
