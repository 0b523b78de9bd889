import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fromRaw } from '../../src/studio/content'
import { createStudioStore } from '../../src/studio/createStudioStore'
import { addRow, fieldPatch, metaPatch, removeRow } from '../../src/studio/edits'
import type { DraftContent, RecordKey } from '../../src/studio/model'
import {
  DEBOUNCE_MS,
  MAX_WAIT_MS,
  RETRY_MS,
  startAutosave,
  type SaveState,
} from '../../src/studio/drafts/autosave'
import { copyName, createDraft, duplicateDraft } from '../../src/studio/drafts/drafts'
import { describeFailure } from '../../src/studio/drafts/failure'
import { NoIndexedDbError } from '../../src/studio/drafts/idb'
import { createMemoryStorage } from '../../src/studio/drafts/memoryStorage'
import { countsOf } from '../../src/studio/drafts/types'
import { changedRecords, contentFromRecords, recordsOf } from '../../src/studio/drafts/records'
import council from '../fixtures/council/council.json'

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError')

describe('a draft as stored records', () => {
  it('stores one record per row and reads the draft back with each list in order', () => {
    const content = fromRaw(council)
    const records = recordsOf(content)
    expect(records.length).toBe(
      1 +
        content.speakers.length +
        content.sources.length +
        content.events.length +
        content.quotes.length,
    )
    // The store hands records back in key order, not list order.
    const shuffled = [...records].sort((a, b) => (a[0] < b[0] ? 1 : -1))
    expect(contentFromRecords(shuffled)).toEqual(content)
  })

  it('names for a save only the records that changed, and those removed', () => {
    const content = fromRaw(council)
    const event = content.events[1]!
    const removed = content.events[0]!
    const keys = new Set<RecordKey>(['meta', `events/${event.uid}`, `events/${removed.uid}`])
    const after: DraftContent = { ...content, events: content.events.slice(1) }
    const { put, remove } = changedRecords(after, keys)
    expect(put.map(([k]) => k).sort()).toEqual(['events/' + event.uid, 'meta'].sort())
    expect(remove).toEqual([`events/${removed.uid}`])
  })
})

describe('the in-memory drafts (the same contract as IndexedDB)', () => {
  it('lists drafts newest first, keeps a deleted one as a tombstone until purged', async () => {
    vi.useFakeTimers()
    const storage = createMemoryStorage()
    const older = await createDraft(storage, fromRaw(council), 'Council')
    vi.advanceTimersByTime(1000)
    const newer = await createDraft(storage, fromRaw({ title: 'Second' }))
    expect((await storage.listDrafts()).map((d) => d.name)).toEqual(['Second', 'Council'])
    expect(older.counts).toEqual({ events: council.events.length, quotes: expect.any(Number) })

    await storage.markDeleted(newer.id, true)
    expect((await storage.listDrafts()).map((d) => d.id)).toEqual([older.id])
    expect(storage.holds(newer.id)).toBe(true)
    await storage.markDeleted(newer.id, false)
    expect((await storage.listDrafts()).map((d) => d.id)).toEqual([newer.id, older.id])
    await storage.purgeDraft(newer.id)
    expect(storage.holds(newer.id)).toBe(false)
    expect(await storage.loadDraft(newer.id)).toBeNull()
    vi.useRealTimers()
  })

  it('duplicates a draft as a copy of what is stored, under a new id', async () => {
    const storage = createMemoryStorage()
    const draft = await createDraft(storage, fromRaw(council), 'Council')
    const copy = await duplicateDraft(storage, draft.id, draft.name)
    expect(copy?.name).toBe(copyName('Council'))
    expect(copy?.id).not.toBe(draft.id)
    expect(await storage.loadDraft(copy!.id)).toEqual(await storage.loadDraft(draft.id))
  })
})

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  /** A stored draft open in a store, saved as it is edited; every write's keys are kept. */
  async function setUp() {
    const storage = createMemoryStorage()
    const content = fromRaw(council)
    const draft = await createDraft(storage, content, 'Council')
    const store = createStudioStore(content)
    const writes: RecordKey[][] = []
    const save = storage.saveChanged
    storage.saveChanged = (id, c, keys) => {
      writes.push([...keys])
      return save(id, c, keys)
    }
    const states: SaveState[] = []
    const saver = startAutosave({
      store,
      storage,
      draftId: draft.id,
      onState: (s) => states.push(s),
    })
    const typeTitle = (title: string) => {
      const now = store.getState().content
      store.getState().apply([metaPatch(now, ['title'], title)!], 'meta/title')
    }
    const stored = async () => (await storage.loadDraft(draft.id))!
    return { storage, store, draft, writes, states, saver, typeTitle, stored }
  }

  it('writes a change after a short pause, and only the record that changed', async () => {
    const { writes, typeTitle, stored, states } = await setUp()
    typeTitle('Budget night')
    expect(states.at(-1)?.phase).toBe('saving')
    await vi.advanceTimersByTimeAsync(DEBOUNCE_MS)
    expect(writes).toEqual([['meta']])
    expect((await stored()).meta.title).toBe('Budget night')
    expect(states.at(-1)).toEqual({ phase: 'saved', savedAt: Date.now() })
  })

  it('never lets a change wait more than a second, even while typing goes on', async () => {
    const { writes, typeTitle, stored } = await setUp()
    let title = ''
    // A key every 100 ms: the pause the debounce waits for never comes.
    for (let t = 0; t < 2 * MAX_WAIT_MS; t += 100) {
      title += 'a'
      typeTitle(title)
      await vi.advanceTimersByTimeAsync(100)
      if (t + 100 === MAX_WAIT_MS) {
        expect(writes.length).toBe(1)
        expect((await stored()).meta.title).toBe(title)
      }
    }
    expect(writes.length).toBe(2)
  })

  it('writes added and removed rows, so the stored draft reads back as the one on screen', async () => {
    const { store, stored } = await setUp()
    const before = store.getState().content
    const { patch } = addRow(before, 'events', { id: 'late', title: 'Late item' })
    store.getState().apply([patch])
    const first = store.getState().content.events[0]!
    store.getState().apply(removeRow(store.getState().content, 'events', first.uid))
    const quote = store.getState().content.quotes[0]!
    store
      .getState()
      .apply([fieldPatch(store.getState().content, 'quotes', quote.uid, ['text'], 'Edited')!])
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS)
    expect(await stored()).toEqual(store.getState().content)
  })

  it('keeps what a refused write held and writes it once the browser allows again', async () => {
    const { storage, typeTitle, stored, states } = await setUp()
    storage.setFailure(quota)
    typeTitle('Lost?')
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS)
    expect(states.at(-1)).toMatchObject({
      phase: 'failed',
      reason: expect.stringContaining('QuotaExceededError'),
    })
    storage.setFailure(undefined)
    await vi.advanceTimersByTimeAsync(RETRY_MS)
    expect((await stored()).meta.title).toBe('Lost?')
    expect(states.at(-1)?.phase).toBe('saved')
  })

  it('writes at once when the page is hidden or left', async () => {
    const { typeTitle, stored } = await setUp()
    typeTitle('Leaving')
    window.dispatchEvent(new Event('pagehide'))
    await vi.advanceTimersByTimeAsync(0)
    expect((await stored()).meta.title).toBe('Leaving')
  })

  it('writes a draft replaced whole in the store, old rows gone and new ones in', async () => {
    const { store, stored } = await setUp()
    const other = fromRaw({ title: 'Another story', events: [{ id: 'one', title: 'One' }] })
    store.getState().replace(other)
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS)
    expect(await stored()).toEqual(other)
  })

  it('once stopped without a flush (another tab took over), writes nothing more', async () => {
    const { saver, typeTitle, stored, writes } = await setUp()
    typeTitle('Mine')
    await saver.stop()
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS * 2)
    expect(writes).toEqual([])
    expect((await stored()).meta.title).not.toBe('Mine')
  })
})

describe('autosave of a new draft', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('writes the whole draft at once, and again until the browser takes it', async () => {
    const storage = createMemoryStorage()
    storage.setFailure(quota)
    const content = fromRaw(council)
    const store = createStudioStore(content)
    const create = {
      id: 'new',
      name: 'Council',
      createdAt: 1,
      updatedAt: 1,
      counts: countsOf(content),
    }
    const onCreated = vi.fn()
    const states: SaveState[] = []
    startAutosave({
      store,
      storage,
      draftId: 'new',
      create,
      onCreated,
      onState: (s) => states.push(s),
    })
    await vi.advanceTimersByTimeAsync(0)
    expect(states.at(-1)?.phase).toBe('failed')
    expect(await storage.listDrafts()).toEqual([])
    storage.setFailure(undefined)
    await vi.advanceTimersByTimeAsync(RETRY_MS)
    expect(onCreated).toHaveBeenCalledOnce()
    expect(await storage.loadDraft('new')).toEqual(content)
    expect((await storage.listDrafts()).map((d) => d.name)).toEqual(['Council'])
  })
})

describe('why a write failed, in plain words', () => {
  it.each([
    [quota(), /full \(QuotaExceededError\)/],
    [new DOMException('no', 'SecurityError'), /sandbox \(SecurityError\)/],
    [new NoIndexedDbError(), /no IndexedDB/],
    [new TypeError('odd'), /odd \(TypeError\)/],
  ])('says why for %s', (error, words) => {
    expect(describeFailure(error)).toMatch(words)
  })
})
