import { describe, expect, it } from 'vitest'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { fromRaw, toRaw } from '../../src/studio/content'
import { createStudioStore, PAUSE_MS, UNDO_LIMIT } from '../../src/studio/createStudioStore'
import { addRow, fieldPatch, insertContent, metaPatch, removeRow } from '../../src/studio/edits'
import { checkRow, placeProblems } from '../../src/studio/problems'
import council from '../fixtures/council/council.json'

/** A clock the test moves by hand: the store's "pause" is measured on it. */
function clock() {
  let t = 1_000_000
  return { now: () => t, pass: (ms: number) => (t += ms) }
}

describe('a draft as records', () => {
  it('reads a document into rows and writes back the same document', () => {
    const content = fromRaw(council)
    expect(content.events.length).toBe(council.events.length)
    const quotes = council.events.flatMap((e) => ('quotes' in e ? (e.quotes ?? []) : []))
    expect(content.quotes.length).toBe(quotes.length)
    expect(content.events.every((e) => !('quotes' in e.data))).toBe(true)
    expect(toRaw(content).raw).toEqual(council)
  })

  it('keeps invalid input as it was, so nothing typed is lost', () => {
    const content = fromRaw({ title: 7, events: [{ id: 'a', start: 'soon' }, 'not an event'] })
    expect(content.meta.title).toBe(7)
    expect(content.events[0]?.data).toEqual({ id: 'a', start: 'soon' })
    expect(content.events[1]?.data).toEqual({ value: 'not an event' })
  })

  it("places the whole document's problems on the records and fields they are about", () => {
    const content = fromRaw(council)
    const first = content.events[0]!
    // A quote of another event: the first one's quotes go with it once its start is unreadable.
    const quote = content.quotes.find((q) => q.parent !== first.uid)!
    const store = createStudioStore(content)
    store
      .getState()
      .apply([
        fieldPatch(content, 'events', first.uid, ['start'], 'next Tuesday')!,
        fieldPatch(content, 'quotes', quote.uid, ['speaker'], 'nobody-known')!,
      ])
    const { raw, places } = toRaw(store.getState().content)
    const map = placeProblems(parseTimeline(raw).problems, places)
    expect(map.get(first.uid)?.map((p) => p.field)).toContain('start')
    expect(map.get(quote.uid)?.map((p) => p.field)).toContain('speaker')
  })

  it('checks one record on its own, with the field named', () => {
    expect(checkRow('events', { id: 'x', kind: 'vote', title: '', start: '2025-01-01' })).toEqual([
      expect.objectContaining({ field: 'title', message: 'must not be empty' }),
    ])
    expect(checkRow('speakers', { id: 'mayor', name: 'A. Mayor' })).toEqual([])
  })

  it('a quote that names no event is out of the document and says so at its event field', () => {
    const content = fromRaw(council)
    const { patch, uid } = addRow(content, 'quotes', { id: 'q-new', speaker: 'x', text: 'Hello' })
    const store = createStudioStore(content)
    store.getState().apply([patch])
    const { raw, places } = toRaw(store.getState().content)
    expect(JSON.stringify(raw)).not.toContain('q-new')
    expect(placeProblems([], places).get(uid)?.[0]?.field).toBe('event')
  })
})

describe('undo and redo', () => {
  it('typing in one field is one step per pause, and undo gives back what was there', () => {
    const c = clock()
    const store = createStudioStore(fromRaw(council), c.now)
    const type = (text: string) => {
      const p = metaPatch(store.getState().content, ['title'], text)!
      store.getState().apply([p], 'meta:title')
      c.pass(200)
    }
    const title = store.getState().content.meta.title
    for (const text of ['C', 'Co', 'Cou', 'Coun']) type(text)
    c.pass(PAUSE_MS)
    type('Council')
    expect(store.getState().past).toHaveLength(2)
    store.getState().undo()
    expect(store.getState().content.meta.title).toBe('Coun')
    store.getState().undo()
    expect(store.getState().content.meta.title).toBe(title)
    store.getState().redo()
    store.getState().redo()
    expect(store.getState().content.meta.title).toBe('Council')
  })

  it('a deleted event comes back with its quotes, in its place', () => {
    const content = fromRaw(council)
    const store = createStudioStore(content)
    const second = content.events[1]!
    const quotes = content.quotes.filter((q) => q.parent === second.uid).length
    store.getState().apply(removeRow(content, 'events', second.uid))
    expect(store.getState().content.events.map((e) => e.uid)).not.toContain(second.uid)
    store.getState().undo()
    expect(store.getState().content.events[1]?.uid).toBe(second.uid)
    expect(store.getState().content.quotes.filter((q) => q.parent === second.uid)).toHaveLength(
      quotes,
    )
    expect(toRaw(store.getState().content).raw).toEqual(council)
  })

  it('a paste is one step, and keeps at least 200 steps', () => {
    const store = createStudioStore(fromRaw({ events: [] }))
    const pasted = fromRaw(council)
    store.getState().apply(insertContent(store.getState().content, pasted))
    expect(store.getState().content.events).toHaveLength(council.events.length)
    store.getState().undo()
    expect(store.getState().content.events).toHaveLength(0)
    store.getState().redo()
    for (let i = 0; i < UNDO_LIMIT + 50; i++) {
      store.getState().apply([metaPatch(store.getState().content, ['title'], `t${i}`)!])
    }
    expect(store.getState().past.length).toBeGreaterThanOrEqual(200)
  })

  it('tells the saver which records changed, and only those', () => {
    const content = fromRaw(council)
    const store = createStudioStore(content)
    const event = content.events[2]!
    store.getState().apply([fieldPatch(content, 'events', event.uid, ['title'], 'New title')!])
    expect([...store.takeChanged()]).toEqual([`events/${event.uid}`])
    expect(store.takeChanged().size).toBe(0)
    store.getState().undo()
    expect([...store.takeChanged()]).toEqual([`events/${event.uid}`])
  })
})
