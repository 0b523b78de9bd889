/**
 * A problem's place in words a producer recognises: "Event 3, “Final vote”, start" rather than
 * `$.events[2].start`. Events, quotes, speakers and sources are counted from 1 and named by their
 * title, first words or name, read from the document as it was written (the path stays for
 * developers).
 */

import { isRecord } from './isRecord'

type Raw = Record<string, unknown>

/** At most `max` characters of a text, cut at a word with "…". */
export function firstWords(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const space = cut.lastIndexOf(' ')
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`
}

const named = (value: unknown, max = 40): string | null =>
  typeof value === 'string' && value.trim() ? `“${firstWords(value, max)}”` : null

const itemAt = (list: unknown, i: number): unknown => (Array.isArray(list) ? list[i] : undefined)

/** The speaker's name when the quote names one by id, else the plain name it gives. */
function speakerName(doc: Raw, speaker: unknown): string | null {
  if (typeof speaker !== 'string' || !speaker.trim()) return null
  const list = Array.isArray(doc.speakers) ? doc.speakers : []
  const found = list.find((s) => isRecord(s) && s.id === speaker)
  return firstWords(isRecord(found) && typeof found.name === 'string' ? found.name : speaker, 40)
}

/** "Event 3, “Final vote”" (or "Event 3 (id “vote”)" without a title). */
export function describeEvent(doc: Raw, index: number): string {
  const event = itemAt(doc.events, index)
  const e = isRecord(event) ? event : {}
  const title = named(e.title)
  if (title) return `Event ${index + 1}, ${title}`
  return typeof e.id === 'string'
    ? `Event ${index + 1} (id “${firstWords(e.id)}”)`
    : `Event ${index + 1}`
}

/** "quote 2 by Ray Kim, “We have studied this…”". */
export function describeQuote(doc: Raw, eventIndex: number, index: number): string {
  const event = itemAt(doc.events, eventIndex)
  const quote = isRecord(event) ? itemAt(event.quotes, index) : undefined
  const q = isRecord(quote) ? quote : {}
  const by = speakerName(doc, q.speaker)
  const words = named(q.text, 50)
  return `quote ${index + 1}${by ? ` by ${by}` : ''}${words ? `, ${words}` : ''}`
}

/** The field below a place, as written: ".timing.start.note" → "timing.start.note". */
const field = (rest: string) =>
  rest.replace(/^\./, '').replace(/\[(\d+)\]/g, (_, n) => ` ${Number(n) + 1}`)

const EVENT = /^\$\.events\[(\d+)\](?:\.quotes\[(\d+)\])?(.*)$/
const LIST = /^\$\.(speakers|sources)\[(\d+)\](.*)$/

/** The place of a problem in words, or undefined when its path says it as well already. */
export function describePlace(path: string, doc: unknown): string | undefined {
  if (!isRecord(doc)) return undefined
  let m = EVENT.exec(path)
  if (m) {
    const eventIndex = Number(m[1])
    const parts = [describeEvent(doc, eventIndex)]
    if (m[2] !== undefined) parts.push(describeQuote(doc, eventIndex, Number(m[2])))
    if (m[3]) parts.push(field(m[3]))
    return parts.join(', ')
  }
  m = LIST.exec(path)
  if (m) {
    const index = Number(m[2])
    const item = itemAt(doc[m[1] as string], index)
    const r = isRecord(item) ? item : {}
    const name = named(m[1] === 'speakers' ? r.name : r.title)
    const what = `${m[1] === 'speakers' ? 'Speaker' : 'Source'} ${index + 1}${name ? `, ${name}` : ''}`
    return m[3] ? `${what}, ${field(m[3])}` : what
  }
  return undefined
}
