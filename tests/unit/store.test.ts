import { describe, expect, it } from 'vitest'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { createTimelineStore } from '../../src/store/createTimelineStore'
import { selectFilteredQuotes, selectSelectedEvent } from '../../src/store/selectors'
import { sampleDocument } from '../fixtures/sampleDocument'

const doc = () => {
  const { document } = parseTimeline(sampleDocument)
  if (!document) throw new Error('fixture did not parse')
  return document
}

describe('createTimelineStore', () => {
  it('gives each timeline instance its own state', () => {
    const a = createTimelineStore(doc())
    const b = createTimelineStore(doc())
    a.getState().selectEvent('vote', 'click')
    expect(a.getState().selectedEventId).toBe('vote')
    expect(b.getState().selectedEventId).toBeNull()
  })

  it('selecting a quote selects its event too, and selecting an event clears the quote', () => {
    const store = createTimelineStore(doc())
    store.getState().selectQuote('q-doubt', 'quote')
    expect(store.getState().selectedEventId).toBe('vote')
    expect(store.getState().selectedQuoteId).toBe('q-doubt')
    store.getState().selectEvent('close', 'click')
    expect(store.getState().selectedQuoteId).toBeNull()
  })

  it('ignores unknown ids instead of selecting nothing', () => {
    const store = createTimelineStore(doc())
    store.getState().selectEvent('vote', 'click')
    store.getState().selectEvent('nope', 'url')
    store.getState().selectQuote('nope', 'url')
    expect(store.getState().selectedEventId).toBe('vote')
  })

  it('steps in time order and stops at the ends', () => {
    const store = createTimelineStore(doc())
    const s = () => store.getState()
    s().step(1, 'button')
    expect(s().selectedEventId).toBe('opening')
    s().step(1, 'button')
    s().step(1, 'button')
    s().step(1, 'button')
    expect(s().selectedEventId).toBe('close')
    s().step(-5, 'key')
    expect(s().selectedEventId).toBe('opening')
  })

  it('starts with the whole document in view', () => {
    const store = createTimelineStore(doc())
    const { startMs, endMs } = store.getState().viewport
    expect(startMs).toBeLessThan(Date.UTC(2026, 2, 4, 18))
    expect(endMs).toBeGreaterThan(Date.UTC(2026, 2, 4, 21, 5))
  })
})

describe('selectors', () => {
  it('filter quotes by speaker and text, and return the same array until the inputs change', () => {
    const store = createTimelineStore(doc())
    const first = selectFilteredQuotes(store.getState())
    expect(first).toHaveLength(3)
    expect(selectFilteredQuotes(store.getState())).toBe(first)
    store.getState().setFilters({ speakerIds: [first[2]!.speakerId] })
    expect(selectFilteredQuotes(store.getState()).map((q) => q.id)).toEqual(['q-doubt'])
    store.getState().setFilters({ speakerIds: [], text: 'PROMISE' })
    expect(selectFilteredQuotes(store.getState()).map((q) => q.id)).toEqual(['q-promise'])
  })

  it('find the selected event', () => {
    const store = createTimelineStore(doc())
    expect(selectSelectedEvent(store.getState())).toBeNull()
    store.getState().selectEvent('close', 'click')
    expect(selectSelectedEvent(store.getState())?.title).toBe('Session closes')
  })
})
