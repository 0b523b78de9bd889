import { describe, expect, it } from 'vitest'
import { fieldPatch } from '../../src/studio/edits'
import { applyPatches } from '../../src/studio/createStudioStore'
import { timeOrder, shortStart } from '../../src/studio/forms/outlineOrder'
import { countReferences, renameReferences } from '../../src/studio/forms/rename'
import { fromRaw } from '../../src/studio/content'
import type { DraftContent } from '../../src/studio/model'

const draft = (): DraftContent =>
  fromRaw({
    version: 1,
    timezone: 'America/Anchorage',
    speakers: [{ id: 'ana', name: 'Ana' }],
    sources: [{ id: 'ap', title: 'AP' }],
    events: [
      {
        id: 'c',
        kind: 'k',
        title: 'C',
        start: '2025-08-15T12:00:00-08:00',
        sources: ['ap'],
        timing: { start: { precision: 'window', sources: ['ap', 'x'] } },
        participants: ['ana', 'Bo'],
      },
      { id: 'a', kind: 'k', title: 'A', start: '2025-08-15T10:00:00-08:00' },
      { id: 'none', kind: 'k', title: 'No start yet', start: '' },
      { id: 'b', kind: 'k', title: 'B', start: '2025-08-15' },
      { id: 'b2', kind: 'k', title: 'B too', start: '2025-08-15' },
    ],
  })

const ids = (content: DraftContent, uids: readonly string[]) =>
  uids.map((uid) => content.events.find((e) => e.uid === uid)!.data.id)

const edit = (content: DraftContent, id: string, path: string[], value: unknown) => {
  const uid = content.events.find((e) => e.data.id === id)!.uid
  return applyPatches(content, [fieldPatch(content, 'events', uid, path, value)!], 'after')
}

describe('the outline’s time order', () => {
  it('sorts by start in the document’s zone, keeps ties as listed, and puts an unreadable start last', () => {
    const content = draft()
    const order = timeOrder()(content.events, 'America/Anchorage')
    expect(ids(content, order.uids)).toEqual(['b', 'b2', 'a', 'c', 'none'])
  })

  it('keeps its answer while only other fields change, and moves an event whose start changes', () => {
    const orderOf = timeOrder()
    let content = draft()
    const first = orderOf(content.events, 'America/Anchorage')
    content = edit(content, 'c', ['title'], 'C, renamed')
    expect(orderOf(content.events, 'America/Anchorage')).toBe(first)
    content = edit(content, 'c', ['start'], '2025-08-14T23:00:00-08:00')
    expect(ids(content, orderOf(content.events, 'America/Anchorage').uids)).toEqual([
      'c',
      'b',
      'b2',
      'a',
      'none',
    ])
    content = edit(content, 'none', ['start'], '2025-08-15T11:00:00-08:00')
    content = edit(content, 'b2', ['start'], '2025-08-15T10:00:00-08:00')
    // The same answer as a sort from scratch, ties in list order.
    expect(ids(content, orderOf(content.events, 'America/Anchorage').uids)).toEqual(
      ids(content, timeOrder()(content.events, 'America/Anchorage').uids),
    )
  })

  it('shows the start as written, short', () => {
    expect(shortStart('2025-08-15T11:22:00-08:00')).toBe('2025-08-15 11:22')
    expect(shortStart('2025-08-15')).toBe('2025-08-15')
    expect(shortStart('')).toBe('No start')
    expect(shortStart('yesterday')).toBe('yesterday')
  })
})

describe('renaming what records name', () => {
  it('renames a source in events’ and quotes’ lists and in a time’s sources, and nothing else', () => {
    const content = draft()
    const patches = renameReferences(content, 'sources', 'ap', 'apnews')
    const after = applyPatches(content, patches, 'after')
    const c = after.events.find((e) => e.data.id === 'c')!.data
    expect(c.sources).toEqual(['apnews'])
    expect(c.timing).toEqual({ start: { precision: 'window', sources: ['apnews', 'x'] } })
    expect(patches).toHaveLength(1)
    expect(countReferences(content, 'sources', 'ap')).toBe(1)
  })

  it('renames a speaker among participants, leaving plain names alone', () => {
    const content = draft()
    const after = applyPatches(
      content,
      renameReferences(content, 'speakers', 'ana', 'anna'),
      'after',
    )
    expect(after.events.find((e) => e.data.id === 'c')!.data.participants).toEqual(['anna', 'Bo'])
    expect(renameReferences(content, 'speakers', 'Bo', 'Bo')).toEqual([])
  })
})
