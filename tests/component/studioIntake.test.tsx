import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { studioServices } from '../../src/app/studio/services'
import { fromRaw } from '../../src/studio/content'
import { createStudioStore } from '../../src/studio/createStudioStore'
import { PasteRows } from '../../src/studio/intake/PasteRows'
import { StartPanel } from '../../src/studio/intake/StartPanel'
import type { DraftStart } from '../../src/studio/intake/openInput'
import { download } from '../../src/lib/download'

vi.mock('../../src/lib/download', () => ({ download: vi.fn() }))

const TSV = [
  'event_id\tkind\ttitle\tstart\tspeaker\tquote',
  'vote\tmeeting\tBudget vote\t2026-03-04T19:30:00Z\tA. Mayor\tThis budget is a promise we can keep.',
  'vote\tmeeting\tBudget vote\t2026-03-04T19:30:00Z\tB. Councillor\tI doubt the numbers add up.',
  'close\tdeparture\tSession closes\t2026-03-04T21:05:00Z\t\t',
].join('\r\n')

const pasteText = (target: Element, text: string) =>
  fireEvent.paste(target, { clipboardData: { getData: () => text } })

const existing = () =>
  fromRaw({
    version: 1,
    title: 'Council',
    timezone: 'UTC',
    events: [{ id: 'vote', kind: 'meeting', title: 'Earlier vote', start: '2026-03-01T10:00:00Z' }],
  })

beforeEach(() => vi.mocked(download).mockClear())

describe('pasting spreadsheet rows into the studio', () => {
  it('adds the rows outside a field as one undo step, and says what it added', async () => {
    const store = createStudioStore(existing())
    render(
      <>
        <label>
          Title <input />
        </label>
        <PasteRows store={store} services={studioServices} />
      </>,
    )
    pasteText(document.body, TSV)
    expect(
      await screen.findByText('Added 2 events and 2 quotes from the pasted rows.'),
    ).toBeInTheDocument()
    const { content } = store.getState()
    expect(content.events.map((e) => e.data.id)).toEqual(['vote', 'vote-2', 'close'])
    expect(content.quotes.map((q) => q.data.text)).toEqual([
      'This budget is a promise we can keep.',
      'I doubt the numbers add up.',
    ])
    expect(store.getState().focus).toEqual({ target: 'events', uid: content.events[1]!.uid })
    act(() => store.getState().undo())
    expect(store.getState().content.events).toHaveLength(1)
    expect(store.getState().content.quotes).toHaveLength(0)
  })

  it('leaves a paste into a text field to the field', async () => {
    const store = createStudioStore(existing())
    render(
      <>
        <label>
          Title <input />
        </label>
        <PasteRows store={store} services={studioServices} />
      </>,
    )
    const field = screen.getByRole('textbox', { name: 'Title' })
    field.focus()
    pasteText(field, TSV)
    // Then once outside: only this one is added (the field's would come first, and make 5 events).
    field.blur()
    pasteText(document.body, TSV)
    await screen.findByText('Added 2 events and 2 quotes from the pasted rows.')
    expect(store.getState().content.events).toHaveLength(3)
    expect(store.getState().past).toHaveLength(1)
  })

  it('reads pasted TimelineJS rows in the draft’s zone, eras too, as one undo step', async () => {
    const store = createStudioStore({
      ...existing(),
      meta: { version: 1, title: 'Council', timezone: 'America/Chicago' },
    })
    render(<PasteRows store={store} services={studioServices} />)
    const rows = [
      'Year\tMonth\tDay\tTime\tHeadline\tText\tType\tGroup',
      '2026\t3\t3\t6:35 PM\tThe bus-lane item\tDebate opens.\t\tdebate',
      '2026\t3\t3\t\tBus-lane evening\t\tera\t',
    ].join('\n')
    pasteText(document.body, rows)
    await screen.findByText('Added 1 event and 1 era from the pasted rows.')
    const added = store.getState().content.events[1]!.data
    expect(added).toMatchObject({ title: 'The bus-lane item', kind: 'debate' })
    expect(added.start).toBe('2026-03-03T18:35:00-06:00')
    expect(store.getState().content.meta.eras).toEqual([
      expect.objectContaining({ title: 'Bus-lane evening' }),
    ])
    act(() => store.getState().undo())
    expect(store.getState().content.meta.eras).toBeUndefined()
    expect(store.getState().content.events).toHaveLength(1)
  })

  it('says when the pasted text holds nothing usable, with the problems found', async () => {
    const store = createStudioStore(existing())
    render(<PasteRows store={store} services={studioServices} />)
    pasteText(document.body, 'Budget vote\tyesterday\nSession closes\ttoday')
    expect(await screen.findByText(/Nothing was added/)).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(
      /line 1: The header has no "kind", "title", "start" column/,
    )
    expect(store.getState().past).toHaveLength(0)
  })
})

describe('StartPanel', () => {
  const setup = () => {
    const onStart = vi.fn<(start: DraftStart) => void>()
    render(<StartPanel services={studioServices} onStart={onStart} />)
    return { onStart, user: userEvent.setup() }
  }

  it('starts empty, or from the summit as an example', async () => {
    const { onStart, user } = setup()
    await user.click(screen.getByRole('button', { name: 'New empty timeline' }))
    expect(onStart.mock.calls[0]?.[0]).toMatchObject({ from: 'empty', content: { events: [] } })
    await user.click(screen.getByRole('button', { name: 'Open the summit as an example' }))
    await waitFor(() => expect(onStart).toHaveBeenCalledTimes(2))
    const example = onStart.mock.calls[1]![0]
    expect(example.name).toBe('Trump and Putin in Alaska')
    expect(example.content.events.length).toBeGreaterThan(5)
    expect(example.content.quotes.length).toBeGreaterThan(5)
  })

  it('opens a chosen CSV file and a dropped TimelineJS sheet, with the problems found', async () => {
    const { onStart, user } = setup()
    const csv = readFileSync('tests/fixtures/council/council.csv', 'utf8')
    await user.upload(
      screen.getByLabelText('Open a file'),
      new File([csv], 'council.csv', { type: 'text/csv' }),
    )
    await waitFor(() => expect(onStart).toHaveBeenCalledTimes(1))
    expect(onStart.mock.calls[0]![0]).toMatchObject({
      from: 'csv',
      name: 'Springfield council votes on the bus-lane budget',
      problems: [],
    })
    const sheet = readFileSync('tests/fixtures/council/council-timelinejs-sheet.csv', 'utf8')
    const file = new File([sheet], 'sheet.csv', { type: 'text/csv' })
    fireEvent.drop(document, { dataTransfer: { files: [file], types: ['Files'] } })
    await waitFor(() => expect(onStart).toHaveBeenCalledTimes(2))
    expect(onStart.mock.calls[1]![0].from).toBe('timelinejs')
  })

  it('says why a file cannot be opened, and starts nothing', async () => {
    const { onStart, user } = setup()
    await user.upload(
      screen.getByLabelText('Open a file'),
      new File(['<!doctype html><p>An article</p>'], 'article.html', { type: 'text/html' }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /“article.html” cannot be opened. This web page carries no timeline/,
    )
    expect(onStart).not.toHaveBeenCalled()
  })

  it('downloads the template spreadsheet', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Download the template (CSV)' }))
    await waitFor(() => expect(download).toHaveBeenCalled())
    const [blob, name] = vi.mocked(download).mock.calls[0]!
    expect(name).toBe('quoteline-template.csv')
    expect(await blob.text()).toMatch(/^event_id,kind,title,start/)
  })
})
