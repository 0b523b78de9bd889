import { describe, expect, it } from 'vitest'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { createTimelineStore } from '../../src/store/createTimelineStore'
import { selectFilteredQuotes, selectQuoteAnchor } from '../../src/store/selectors'

// Three events, two of them at the same instant, each with two quotes.
const at = (minute: number) => `2026-01-01T10:${String(minute).padStart(2, '0')}:00Z`
const raw = {
  timezone: 'UTC',
  events: [
    ['early', at(0)],
    ['same-a', at(5)],
    ['same-b', at(5)],
    ['late', at(9)],
  ].map(([id, start]) => ({
    id,
    kind: 'note',
    title: id,
    start,
    quotes: [1, 2].map((n) => ({ id: `${id}-${n}`, speaker: 'Ann', text: `${id} ${n}` })),
  })),
}

function store() {
  const { document } = parseTimeline(raw)
  if (!document) throw new Error('did not parse')
  return createTimelineStore(document)
}
const anchoredId = (s: ReturnType<typeof store>) =>
  selectFilteredQuotes(s.getState())[selectQuoteAnchor(s.getState())]?.id

describe('where the quote list is anchored', () => {
  it('at the first quote in view without a selection', () => {
    const s = store()
    expect(anchoredId(s)).toBe('early-1')
    s.getState().setViewport({ startMs: Date.parse(at(6)), endMs: Date.parse(at(20)) })
    expect(anchoredId(s)).toBe('late-1')
  })

  it("at the selected event's first quote, past another event at the same instant", () => {
    const s = store()
    s.getState().selectEvent('same-b' as never, 'click')
    expect(anchoredId(s)).toBe('same-b-1')
    s.getState().selectEvent('same-a' as never, 'click')
    expect(anchoredId(s)).toBe('same-a-1')
  })

  it('at the selected quote itself', () => {
    const s = store()
    s.getState().selectQuote('same-b-2', 'quote')
    expect(anchoredId(s)).toBe('same-b-2')
  })
})
