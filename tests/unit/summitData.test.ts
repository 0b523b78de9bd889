import { describe, it, expect } from 'vitest'
import summit from '../../src/data-io/summit.json'
import {
  documentSchema,
  eventSchema,
  quoteSchema,
  sourceSchema,
  speakerSchema,
  type RawEvent,
  type RawQuote,
  type RawTimeDetail,
} from '../../src/domain/schema'

/** Every quoted span of the seed article, copied character for character from the seed file. */
const SEED_QUOTES = [
  'extremely productive',
  'great progress',
  'there’s no deal until there’s a deal.',
  'There were many, many points that we agreed on, most of them',
  'I would say a couple of big ones that we haven’t quite got there, but we’ve made some headway. So there’s no deal until there’s a deal. I will call up NATO in a little while, I will call up the various people that I think are appropriate, and, of course, call up President Zelensky and tell them about today’s meeting. It’s ultimately up to them.',
  'thousands of people a week from being killed.',
  'President Putin wants to see that as much as I do',
  'sincerely interested',
  'I’ve always had a fantastic relationship with President Putin. Vladimir. We’ll speak to you very soon and probably see you again very soon.',
  'Next time in Moscow.',
]

const SUMMIT_KINDS = [
  'arrival',
  'greeting',
  'meeting',
  'press-availability',
  'closing-exchange',
  'departure',
]

const doc = documentSchema.parse(summit)
const events: RawEvent[] = doc.events.map((e) => eventSchema.parse(e))
const quotes: { quote: RawQuote; event: RawEvent }[] = events.flatMap((event) =>
  (event.quotes ?? []).map((q) => ({ quote: quoteSchema.parse(q), event })),
)
const speakers = (doc.speakers ?? []).map((s) => speakerSchema.parse(s))
const sources = (doc.sources ?? []).map((s) => sourceSchema.parse(s))
const speakerIds = new Set(speakers.map((s) => s.id))
const sourceIds = new Set(sources.map((s) => s.id))

function timeDetails(event: RawEvent): [string, RawTimeDetail][] {
  const out: [string, RawTimeDetail][] = []
  if (event.timing?.start) out.push([`${event.id}.start`, event.timing.start])
  if (event.timing?.end) out.push([`${event.id}.end`, event.timing.end])
  return out
}

const ms = (iso: string): number => {
  expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/)
  return Date.parse(iso)
}

describe('the built-in summit document', () => {
  it('passes the document schema, and every event and quote passes its own schema', () => {
    expect(documentSchema.safeParse(summit).success).toBe(true)
    for (const e of doc.events) expect(eventSchema.safeParse(e).success).toBe(true)
    for (const e of events) {
      for (const q of e.quotes ?? []) expect(quoteSchema.safeParse(q).success).toBe(true)
    }
    expect(events.length).toBeGreaterThan(0)
    expect(quotes.length).toBeGreaterThan(0)
  })

  it('is set in Anchorage time', () => {
    expect(doc.timezone).toBe('America/Anchorage')
  })

  it('uses every id only once across events, quotes, speakers and sources', () => {
    const groups = {
      events: events.map((e) => e.id),
      quotes: quotes.map((q) => q.quote.id),
      speakers: speakers.map((s) => s.id),
      sources: sources.map((s) => s.id),
    }
    for (const ids of Object.values(groups)) expect(new Set(ids).size).toBe(ids.length)
    const eventAndQuoteIds = [...groups.events, ...groups.quotes]
    expect(new Set(eventAndQuoteIds).size).toBe(eventAndQuoteIds.length)
  })

  it('attributes every quote to a declared speaker', () => {
    for (const { quote } of quotes) expect(speakerIds, quote.id).toContain(quote.speaker)
  })

  it('cites only declared sources, and every source link is http or https', () => {
    const cited: string[] = []
    for (const e of events) {
      cited.push(...(e.sources ?? []))
      for (const [, detail] of timeDetails(e)) cited.push(...(detail.sources ?? []))
    }
    for (const { quote } of quotes) cited.push(...(quote.sources ?? []))
    for (const id of cited) expect(sourceIds, id).toContain(id)
    for (const s of sources) {
      if (s.url !== undefined) expect(s.url, s.id).toMatch(/^https?:\/\//)
    }
  })

  it('turns every quoted span of the seed article into a quote card, word for word', () => {
    const texts = quotes.map((q) => q.quote.text)
    for (const span of SEED_QUOTES) expect(texts, span).toContain(span)
  })

  it('gives every quote a source and a line of context', () => {
    for (const { quote } of quotes) {
      expect(quote.sources?.length ?? 0, quote.id).toBeGreaterThan(0)
      expect(quote.context?.trim(), quote.id).toBeTruthy()
    }
  })

  it("marks Putin's quotes as interpreted, except the English “Next time in Moscow.”", () => {
    const putin = quotes.filter((q) => q.quote.speaker === 'putin').map((q) => q.quote)
    expect(putin.length).toBeGreaterThan(1)
    for (const q of putin) {
      if (q.text === 'Next time in Moscow.') expect(q.interpreted ?? false, q.id).toBe(false)
      else expect(q.interpreted, q.id).toBe(true)
    }
  })

  it('flags with a note that “sincerely interested” was not said in English', () => {
    const card = quotes.find((q) => q.quote.text === 'sincerely interested')?.quote
    expect(card?.interpreted).toBe(true)
    expect(card?.note?.trim()).toBeTruthy()
  })

  it('lists the events in chronological order of their start', () => {
    const starts = events.map((e) => ms(e.start))
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i]!, events[i]!.id).toBeGreaterThanOrEqual(starts[i - 1]!)
    }
  })

  it('writes every start, end and bound with the Alaska daylight offset -08:00', () => {
    for (const e of events) {
      expect(e.start, e.id).toMatch(/-08:00$/)
      if (e.end !== undefined) expect(e.end, e.id).toMatch(/-08:00$/)
      for (const [where, d] of timeDetails(e)) {
        if (d.earliest !== undefined) expect(d.earliest, where).toMatch(/-08:00$/)
        if (d.latest !== undefined) expect(d.latest, where).toMatch(/-08:00$/)
      }
    }
  })

  it('bounds every window and derived time with earliest <= latest and explains it in a note', () => {
    let checked = 0
    for (const e of events) {
      for (const [where, d] of timeDetails(e)) {
        if (d.precision !== 'window' && d.precision !== 'derived') continue
        checked++
        expect(d.earliest, where).toBeDefined()
        expect(d.latest, where).toBeDefined()
        expect(ms(d.earliest!), where).toBeLessThanOrEqual(ms(d.latest!))
        expect(d.note?.trim(), where).toBeTruthy()
      }
    }
    expect(checked).toBeGreaterThan(0)
  })

  it('keeps each time within its own stated bounds, and every end after its start', () => {
    for (const e of events) {
      const pairs: [string | undefined, RawTimeDetail | undefined][] = [
        [e.start, e.timing?.start],
        [e.end, e.timing?.end],
      ]
      for (const [value, d] of pairs) {
        if (value === undefined || d === undefined) continue
        if (d.earliest !== undefined) expect(ms(value), e.id).toBeGreaterThanOrEqual(ms(d.earliest))
        if (d.latest !== undefined) expect(ms(value), e.id).toBeLessThanOrEqual(ms(d.latest))
      }
      if (e.end !== undefined) expect(ms(e.end), e.id).toBeGreaterThanOrEqual(ms(e.start))
    }
  })

  it('uses all six summit kinds', () => {
    const kinds = new Set(events.map((e) => e.kind))
    for (const kind of SUMMIT_KINDS) expect(kinds, kind).toContain(kind)
  })
})
