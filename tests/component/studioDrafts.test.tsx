import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { fromRaw } from '../../src/studio/content'
import { createStudioStore, type StudioStore } from '../../src/studio/createStudioStore'
import { metaPatch } from '../../src/studio/edits'
import { DraftLockNotice } from '../../src/studio/drafts/DraftLockNotice'
import { DraftsList } from '../../src/studio/drafts/DraftsList'
import { createDraft } from '../../src/studio/drafts/drafts'
import { createMemoryStorage, type MemoryStorage } from '../../src/studio/drafts/memoryStorage'
import { SaveStatus } from '../../src/studio/drafts/SaveStatus'
import { UNDO_DELETE_MS, type DraftStorage } from '../../src/studio/drafts/types'
import { useAutosave } from '../../src/studio/drafts/useAutosave'
import council from '../fixtures/council/council.json'

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** The status as the page shows it: saving the draft in `store` as it is edited. */
function Saving(props: { store: StudioStore; draftId: string; storage: DraftStorage }) {
  const state = useAutosave(props.store, props.draftId, { storage: props.storage })
  return <SaveStatus state={state} onExport={onExport} />
}
const onExport = vi.fn()

async function renderSaving() {
  const storage = createMemoryStorage()
  const content = fromRaw(council)
  const draft = await createDraft(storage, content, 'Council')
  const store = createStudioStore(content)
  render(<Saving store={store} draftId={draft.id} storage={storage} />)
  const retitle = (title: string) =>
    act(() => store.getState().apply([metaPatch(store.getState().content, ['title'], title)!]))
  return { storage, store, retitle }
}

describe('the save status', () => {
  it('says the draft is saved in this browser only, and when', async () => {
    const { retitle } = await renderSaving()
    expect(screen.getByText('Saved in this browser only')).toBeInTheDocument()
    retitle('Budget night')
    expect(screen.getByText('Saving…')).toBeInTheDocument()
    expect(
      await screen.findByText(/^Saved in this browser only · saved \d\d:\d\d:\d\d/),
    ).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says at once, as an alert with the reason, when the browser refuses a write', async () => {
    const { storage, retitle } = await renderSaving()
    storage.setFailure(() => new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    retitle('Too much')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'Could not save: this browser refused to store the draft (private mode, a sandbox or a full disk). Export the JSON to keep your work.',
    )
    expect(alert).toHaveTextContent('(QuotaExceededError)')
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }))
    expect(onExport).toHaveBeenCalled()
  })

  it('clears the alert once a write succeeds again', async () => {
    const { storage, retitle } = await renderSaving()
    storage.setFailure(() => new DOMException('denied', 'SecurityError'))
    retitle('Sandboxed')
    expect(await screen.findByRole('alert')).toHaveTextContent('(SecurityError)')
    storage.setFailure(undefined)
    retitle('Sandboxed, then allowed')
    expect(await screen.findByText(/^Saved in this browser only · saved/)).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it.each([
    [true, 'The browser has agreed to keep them'],
    [false, 'The browser has not granted persistent storage'],
  ])('says whether persistent storage was granted (%s)', async (granted, words) => {
    vi.stubGlobal('navigator', { ...navigator, storage: { persisted: async () => granted } })
    render(<SaveStatus state={{ phase: 'saved', savedAt: null }} onExport={onExport} />)
    await userEvent.click(screen.getByRole('button', { name: /About saving/ }))
    expect(await screen.findByText(new RegExp(words))).toBeInTheDocument()
  })
})

async function renderList(currentName?: string) {
  const storage: MemoryStorage = createMemoryStorage()
  const council1 = await createDraft(storage, fromRaw(council), 'Council budget')
  const summit = fromRaw({ title: 'Summit', events: [] })
  const made = await createDraft(storage, summit, 'Summit')
  // Saved a minute later: the newer of the two.
  const other = { ...made, updatedAt: council1.updatedAt + 60_000 }
  await storage.saveAll(other, summit)
  const onOpen = vi.fn()
  const current = currentName === 'Summit' ? other.id : null
  render(<DraftsList storage={storage} currentId={current} onOpen={onOpen} />)
  await screen.findByText('Council budget', { selector: 'p' })
  return { storage, council: council1, other, onOpen }
}

const items = () => within(screen.getByRole('list')).getAllByRole('listitem')

describe('the drafts list', () => {
  it('lists the drafts newest first, with their counts, and opens one', async () => {
    const { onOpen, council: draft } = await renderList()
    expect(items().map((li) => li.querySelector('p')?.textContent)).toEqual([
      'Summit',
      'Council budget',
    ])
    const quotes = council.events.reduce((n, e) => n + ('quotes' in e ? e.quotes.length : 0), 0)
    expect(items()[1]).toHaveTextContent(`${council.events.length} events · ${quotes} quotes`)
    expect(items()[0]).toHaveTextContent('0 events · 0 quotes')
    await userEvent.click(screen.getByRole('button', { name: 'Open Council budget' }))
    expect(onOpen).toHaveBeenCalledWith(draft.id)
  })

  it('renames a draft in place by keyboard; Escape keeps the old name', async () => {
    const { storage } = await renderList()
    const user = userEvent.setup()
    screen.getByRole('button', { name: 'Rename Council budget' }).focus()
    await user.keyboard('{Enter}')
    const field = screen.getByRole('textbox', { name: 'New name for Council budget' })
    expect(field).toHaveFocus()
    await user.keyboard('Budget night{Enter}')
    expect(await screen.findByText('Budget night', { selector: 'p' })).toBeInTheDocument()
    expect((await storage.listDrafts()).map((d) => d.name)).toContain('Budget night')

    await user.click(screen.getByRole('button', { name: 'Rename Summit' }))
    await user.keyboard('Gone{Escape}')
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument()
    expect(screen.getByText('Summit', { selector: 'p' })).toBeInTheDocument()
  })

  it('duplicates a draft with everything it holds', async () => {
    const { storage, council: draft } = await renderList()
    await userEvent.click(screen.getByRole('button', { name: 'Duplicate Council budget' }))
    const copy = await screen.findByText('Council budget (copy)', { selector: 'p' })
    expect(copy.closest('li')).toHaveTextContent(`${council.events.length} events`)
    const id = (await storage.listDrafts()).find((d) => d.name === 'Council budget (copy)')!.id
    expect(await storage.loadDraft(id)).toEqual(await storage.loadDraft(draft.id))
  })

  it('deletes a draft with ten seconds to undo, then removes it for good', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
    const { storage, council: draft } = await renderList()
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
    await user.click(screen.getByRole('button', { name: 'Delete Council budget' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Draft deleted.')
    const undo = screen.getByRole('button', { name: 'Undo deleting Council budget' })
    expect(undo).toHaveFocus()
    await vi.waitFor(() =>
      expect(screen.queryByText('Council budget', { selector: 'p' })).not.toBeInTheDocument(),
    )

    await user.click(undo)
    expect(await screen.findByText('Council budget', { selector: 'p' })).toBeInTheDocument()
    await act(() => vi.advanceTimersByTimeAsync(UNDO_DELETE_MS))
    expect(storage.holds(draft.id)).toBe(true)

    await user.click(screen.getByRole('button', { name: 'Delete Council budget' }))
    await act(() => vi.advanceTimersByTimeAsync(UNDO_DELETE_MS - 100))
    expect(storage.holds(draft.id)).toBe(true)
    await act(() => vi.advanceTimersByTimeAsync(200))
    expect(storage.holds(draft.id)).toBe(false)
    expect(screen.getByRole('status')).toHaveTextContent('')
  })

  it('offers no Delete for the draft open now', async () => {
    await renderList('Summit')
    expect(screen.queryByRole('button', { name: 'Delete Summit' })).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Open Summit' })).not.toBeInTheDocument()
    expect(screen.getByText('open now')).toBeInTheDocument()
  })

  it('says so when the browser cannot read the drafts', async () => {
    const storage = createMemoryStorage()
    storage.listDrafts = () => Promise.reject(new DOMException('denied', 'SecurityError'))
    render(<DraftsList storage={storage} currentId={null} onOpen={vi.fn()} />)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /Could not read the drafts\. .*\(SecurityError\)/,
    )
  })
})

describe('two tabs on one draft', () => {
  it('the second tab says the draft is open elsewhere, and offers a copy or taking over', async () => {
    const onTakeOver = vi.fn()
    const onOpenCopy = vi.fn()
    render(<DraftLockNotice state="elsewhere" onTakeOver={onTakeOver} onOpenCopy={onOpenCopy} />)
    const notice = screen.getByRole('alert')
    expect(notice).toHaveTextContent('This draft is open in another tab')
    await userEvent.click(within(notice).getByRole('button', { name: 'Take over' }))
    await userEvent.click(within(notice).getByRole('button', { name: 'Open a copy here' }))
    expect(onTakeOver).toHaveBeenCalledOnce()
    expect(onOpenCopy).toHaveBeenCalledOnce()
  })

  it('the tab taken over says it stopped saving, and offers to keep a copy', () => {
    render(<DraftLockNotice state="taken" onTakeOver={vi.fn()} onOpenCopy={vi.fn()} />)
    expect(screen.getByRole('alert')).toHaveTextContent(/taken over in another tab.*stopped saving/)
    expect(screen.getByRole('button', { name: 'Save a copy here' })).toBeInTheDocument()
  })

  it('says nothing while this tab holds the draft', () => {
    render(<DraftLockNotice state="held" onTakeOver={vi.fn()} onOpenCopy={vi.fn()} />)
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
