import { describe, expect, it } from 'vitest'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { createTimelineStore } from '../../src/store/createTimelineStore'
import {
  selectEventIndex,
  selectFilteredQuotes,
  selectKinds,
  selectSourceIndex,
  selectSpeakerIndex,
} from '../../src/store/selectors'
import { sampleDocument } from '../fixtures/sampleDocument'

const doc = () => {
  const { document } = parseTimeline(sampleDocument)
  if (!document) throw new Error('fixture did not parse')
  return document
}

describe('selector caches, one per document', () => {
  it('two timelines on one page, read in turn, keep their indexes instead of rebuilding them', () => {
    const a = createTimelineStore(doc())
    const b = createTimelineStore(doc())
    const first = {
      events: selectEventIndex(a.getState()),
      speakers: selectSpeakerIndex(a.getState()),
      sources: selectSourceIndex(a.getState()),
      kinds: selectKinds(a.getState()),
    }
    const other = selectEventIndex(b.getState())
    // Equal documents, separate objects: each has its own index.
    expect(other).not.toBe(first.events)
    for (let round = 0; round < 3; round++) {
      expect(selectEventIndex(b.getState())).toBe(other)
      expect(selectSpeakerIndex(b.getState())).not.toBe(first.speakers)
      selectSourceIndex(b.getState())
      selectKinds(b.getState())
      expect(selectEventIndex(a.getState())).toBe(first.events)
      expect(selectSpeakerIndex(a.getState())).toBe(first.speakers)
      expect(selectSourceIndex(a.getState())).toBe(first.sources)
      expect(selectKinds(a.getState())).toBe(first.kinds)
    }
  })

  it('keeps each timeline’s filtered quotes while the other filters differently', () => {
    const a = createTimelineStore(doc())
    const b = createTimelineStore(doc())
    a.getState().setFilters({ text: 'promise' })
    const filtered = selectFilteredQuotes(a.getState())
    expect(filtered.map((q) => q.id)).toEqual(['q-promise'])
    b.getState().setFilters({ text: 'doubt' })
    selectFilteredQuotes(b.getState())
    expect(selectFilteredQuotes(a.getState())).toBe(filtered)
  })

  it('still rebuilds when a timeline’s own inputs change', () => {
    const a = createTimelineStore(doc())
    a.getState().setFilters({ text: 'promise' })
    const before = selectFilteredQuotes(a.getState())
    a.getState().setFilters({ text: '' })
    expect(selectFilteredQuotes(a.getState())).not.toBe(before)
    expect(selectFilteredQuotes(a.getState())).toHaveLength(3)
  })
})
