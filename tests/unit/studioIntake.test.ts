import { describe, expect, it } from 'vitest'
import { fromRaw } from '../../src/studio/content'
import { describeCounts, mergeInput } from '../../src/studio/intake/mergeInput'

const draft = () =>
  fromRaw({
    version: 1,
    title: 'Council',
    timezone: 'UTC',
    speakers: [{ id: 'mayor', name: 'Dana Ortiz' }],
    sources: [{ id: 'minutes', title: 'Minutes', url: 'https://example.org/m' }],
    events: [
      {
        id: 'open',
        kind: 'procedure',
        title: 'Opens',
        start: '2026-03-03T18:30:00Z',
        quotes: [{ id: 'q1', speaker: 'mayor', text: 'We begin.' }],
      },
    ],
  })

describe('mergeInput: what a paste adds to a draft', () => {
  it('gives clashing ids fresh ones and makes every reference follow', () => {
    const pasted = {
      speakers: [{ id: 'mayor', name: 'Someone else' }],
      sources: [{ id: 'minutes', title: 'Other minutes', url: 'https://example.org/o' }],
      events: [
        {
          id: 'open',
          kind: 'vote',
          title: 'Vote',
          start: '2026-03-03T19:00:00Z',
          participants: ['mayor'],
          sources: ['minutes'],
          timing: { start: { precision: 'exact', sources: ['minutes'] } },
          quotes: [
            {
              id: 'q1',
              speaker: 'mayor',
              text: 'Aye.',
              sources: ['minutes'],
              verbatimIn: ['minutes'],
            },
          ],
        },
      ],
    }
    const { added, counts } = mergeInput(draft(), pasted)
    expect(counts).toEqual({ events: 1, quotes: 1, speakers: 1, sources: 1, eras: 0 })
    expect(added.speakers[0]?.data.id).toBe('mayor-2')
    expect(added.sources[0]?.data.id).toBe('minutes-2')
    const event = added.events[0]!.data
    expect(event).toMatchObject({
      id: 'open-2',
      participants: ['mayor-2'],
      sources: ['minutes-2'],
      timing: { start: { sources: ['minutes-2'] } },
    })
    expect(added.quotes[0]?.data).toMatchObject({
      id: 'q1-2',
      speaker: 'mayor-2',
      sources: ['minutes-2'],
      verbatimIn: ['minutes-2'],
    })
    expect(added.quotes[0]?.parent).toBe(added.events[0]?.uid)
  })

  it('uses the draft’s speaker when the pasted one is written the same, and renames clashes among the pasted rows', () => {
    const pasted = {
      speakers: [{ id: 'mayor', name: 'Dana Ortiz' }],
      events: [
        {
          id: 'x',
          kind: 'k',
          title: 'A',
          start: '2026-03-03T19:00:00Z',
          quotes: [{ id: 'q', speaker: 'mayor', text: 'a' }],
        },
        { id: 'x', kind: 'k', title: 'B', start: '2026-03-03T19:10:00Z' },
      ],
    }
    const { added, counts } = mergeInput(draft(), pasted)
    expect(counts.speakers).toBe(0)
    expect(added.quotes[0]?.data.speaker).toBe('mayor')
    expect(added.events.map((e) => e.data.id)).toEqual(['x', 'x-2'])
  })

  it('makes a plainly named speaker the draft’s listed speaker of that name, or a new one', () => {
    const pasted = {
      events: [
        {
          id: 'y',
          kind: 'k',
          title: 'C',
          start: '2026-03-03T20:00:00Z',
          participants: ['dana ortiz', 'A. Guest', 'Someone silent'],
          quotes: [
            { id: 'q', speaker: 'Dana Ortiz ', text: 'a' },
            { id: 'r', speaker: 'A. Guest', text: 'b' },
            { id: 's', speaker: 'a. guest', text: 'c' },
          ],
        },
      ],
    }
    const { added, counts } = mergeInput(draft(), pasted)
    expect(added.quotes.map((q) => q.data.speaker)).toEqual(['mayor', 'a-guest', 'a-guest'])
    expect(added.events[0]?.data.participants).toEqual(['mayor', 'a-guest', 'Someone silent'])
    expect(added.speakers.map((s) => s.data)).toEqual([{ id: 'a-guest', name: 'A. Guest' }])
    expect(counts.speakers).toBe(1)
  })

  it('leaves plain names alone in a draft without a speakers list', () => {
    const plain = { ...draft(), speakers: [] }
    const pasted = {
      events: [
        {
          id: 'y',
          kind: 'k',
          title: 'C',
          start: '2026-03-03T20:00:00Z',
          quotes: [{ id: 'q', speaker: 'A. Guest', text: 'b' }],
        },
      ],
    }
    const { added } = mergeInput(plain, pasted)
    expect(added.quotes[0]?.data.speaker).toBe('A. Guest')
    expect(added.speakers).toEqual([])
  })

  it('adds the pasted eras after the draft’s, kinds it lacks, and a title only where it has none', () => {
    const pasted = {
      title: 'Pasted title',
      description: 'Pasted description',
      timezone: 'Asia/Tokyo',
      eras: [{ title: 'Debate', start: '2026-03-03', end: '2026-03-04' }],
      kinds: [
        { id: 'vote', color: '#000000' },
        { id: 'debate', label: 'Debate' },
      ],
      events: [],
    }
    const withEra = {
      ...draft(),
      meta: {
        ...draft().meta,
        eras: [{ title: 'Earlier' }],
        kinds: [{ id: 'vote', label: 'Vote' }],
      },
    }
    const { meta, counts } = mergeInput(withEra, pasted)
    expect(meta).toEqual({
      version: 1,
      title: 'Council',
      timezone: 'UTC',
      description: 'Pasted description',
      eras: [{ title: 'Earlier' }, { title: 'Debate', start: '2026-03-03', end: '2026-03-04' }],
      kinds: [
        { id: 'vote', label: 'Vote' },
        { id: 'debate', label: 'Debate' },
      ],
    })
    expect(counts.eras).toBe(1)
    const untitled = { ...draft(), meta: { version: 1, title: '', timezone: 'UTC' } }
    expect(mergeInput(untitled, pasted).meta).toMatchObject({ title: 'Pasted title' })
    expect(mergeInput(draft(), { events: [] }).meta).toBeNull()
  })

  it('counts in plain words', () => {
    expect(describeCounts({ events: 12, quotes: 5, speakers: 0, sources: 0, eras: 0 })).toBe(
      '12 events and 5 quotes',
    )
    expect(describeCounts({ events: 1, quotes: 2, speakers: 1, sources: 0, eras: 1 })).toBe(
      '1 event, 2 quotes, 1 speaker and 1 era',
    )
    expect(describeCounts({ events: 0, quotes: 0, speakers: 0, sources: 0, eras: 0 })).toBe('')
  })
})
