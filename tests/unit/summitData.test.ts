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

  it('carries every quoted span of the seed article on a card that cites the seed, word for word', () => {
    for (const span of SEED_QUOTES) {
      const card = quotes.find(
        (q) => q.quote.text.includes(span) && q.quote.sources?.includes('seed-article'),
      )
      expect(card, span).toBeDefined()
    }
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

const event = (id: string): RawEvent => {
  const found = events.find((e) => e.id === id)
  if (!found) throw new Error(`no event ${id}`)
  return found
}
const quote = (id: string): RawQuote => {
  const found = quotes.find((q) => q.quote.id === id)?.quote
  if (!found) throw new Error(`no quote ${id}`)
  return found
}
const clock = (iso: string | undefined) => /T(\d{2}:\d{2})/.exec(iso ?? '')?.[1]

describe('the summit record, as corrected (issue 12)', () => {
  it('shows the handshake as the 11:07–11:10 spread of its sources, not an exact 11:08', () => {
    const greeting = event('greeting-tarmac')
    const start = greeting.timing?.start
    expect(start?.precision).not.toBe('exact')
    expect(clock(greeting.start)).toBe('11:07')
    expect([clock(start?.earliest), clock(start?.latest)]).toEqual(['11:07', '11:10'])
    expect(start?.note).toMatch(/11:08/)
    expect(start?.note).toMatch(/11:10/)
  })

  it('labels the talks with the length they are drawn with, and says the figures differ', () => {
    const talks = event('meeting-3on3')
    const drawnMin = (ms(talks.end!) - ms(talks.start)) / 60_000
    expect(drawnMin).toBe(165)
    expect(talks.timing?.duration?.label).toMatch(/2 h 45 min/)
    expect(talks.timing?.duration?.label).not.toMatch(/three hours/)
    expect(talks.timing?.duration?.note).toMatch(/differ/)
    expect(talks.timing?.duration?.note).toMatch(/2½ hours/)
  })

  it('no longer says Trump stayed aboard only until Putin’s plane arrived', () => {
    const summary = event('trump-lands').summary ?? ''
    expect(summary).not.toMatch(/until Putin's plane arrived/)
    expect(summary).toMatch(/about 12 minutes after Putin's plane landed/)
  })

  it('credits the 10:20 and “shortly before 11” text to Alaska Public Media, not AP', () => {
    expect(event('putin-lands').timing?.start?.note).toMatch(/Alaska Public Media/)
    expect(event('putin-lands').timing?.start?.note).not.toMatch(/\bAP\b/)
    const snippet = sources.find((s) => s.id === 'bing-ap-adn')
    expect(snippet?.title).toMatch(/Alaska Public Media/)
  })

  it('never claims that no other source gives Trump’s 16:20 departure', () => {
    for (const e of events) {
      for (const [where, d] of timeDetails(e)) {
        expect(d.note ?? '', where).not.toMatch(/no second source|one wire service only/)
      }
    }
  })

  it('bounds the cemetery visit by Putin’s boarding, not by the approximate 16:00', () => {
    const visit = event('putin-cemetery').timing?.start
    expect(clock(visit?.latest)).toBe('16:20')
    expect(visit?.sources).toContain('ians-thehawk')
    // The latest end of the statements (the closing exchange's window) plus "less than an hour".
    const statementsEnd = ms(event('closing-exchange').timing!.start!.latest!)
    expect(ms(visit!.latest!)).toBe(statementsEnd + 3_600_000)
  })

  it('says which sources carry each card’s exact words, only among its own sources', () => {
    for (const { quote: q } of quotes) {
      for (const id of q.verbatimIn ?? []) expect(q.sources, `${q.id}: ${id}`).toContain(id)
    }
    expect(quote('putin-constructive-atmosphere').verbatimIn).toEqual(['frontpage-transcript'])
    // The two cards whose notes say an outlet's wording differs leave that outlet out.
    expect(quote('putin-path-towards-peace').verbatimIn).not.toContain('lifenewsagency-conclude')
    expect(quote('trump-few-phone-calls').verbatimIn).not.toContain('iamkomex-no-questions')
    // A card of several sources that names none as exact words explains how the wording differs
    // (a card of one source has its words from that source, as the trust note says).
    for (const { quote: q } of quotes) {
      if (!q.verbatimIn && (q.sources?.length ?? 0) > 1) expect(q.note, q.id).toMatch(/differ/)
    }
  })

  it('keeps the context lines to what was said', () => {
    const contexts = quotes.map((q) => q.quote.context ?? '').join('\n')
    expect(contexts).not.toMatch(/guarantee/)
    expect(contexts).not.toMatch(/separate Russia from Alaska/)
    expect(contexts).not.toMatch(/a settlement would stop/)
    expect(quote('trump-thousands-a-week').context).toMatch(/the two would stop/)
  })

  it('merges the two fragment cards, and keeps their ids as aliases of the cards with their words', () => {
    const ids = quotes.map((q) => q.quote.id)
    expect(ids).not.toContain('trump-extremely-productive')
    expect(ids).not.toContain('trump-no-deal-until-deal')
    expect(quote('trump-very-good-chance').aliases).toEqual(['trump-extremely-productive'])
    expect(quote('trump-very-good-chance').text).toMatch(/extremely productive/)
    expect(quote('trump-ultimately-up-to-them').aliases).toEqual(['trump-no-deal-until-deal'])
    expect(quote('trump-ultimately-up-to-them').text).toMatch(/no deal until there’s a deal/)
  })

  it('lists its corrections, dated, one for each point', () => {
    const corrections = doc.corrections ?? []
    expect(corrections.length).toBe(9)
    for (const c of corrections) expect(c.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('says in its own trust note that quotes are word for word from a source on the card', () => {
    expect(doc.about).toMatch(/at least one source/)
  })
})
