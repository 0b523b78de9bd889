import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fromRaw } from '../../src/studio/content'
import { createStudioStore, findRow } from '../../src/studio/createStudioStore'
import { Editor, Outline } from '../../src/studio/forms'
import type { ProblemMap } from '../../src/studio/problems'
import { StudioProvider } from '../../src/studio/StudioContext'
import { sampleDocument } from '../fixtures/sampleDocument'

function renderStudio(problems?: ProblemMap) {
  const store = createStudioStore(fromRaw(structuredClone(sampleDocument)))
  const view = render(
    <StudioProvider store={store}>
      <Outline problems={problems} />
      <Editor problems={problems} />
    </StudioProvider>,
  )
  return { store, view, user: userEvent.setup() }
}

const outline = () => screen.getByRole('navigation', { name: 'Draft outline' })
const eventByTitle = (store: ReturnType<typeof createStudioStore>, title: string) =>
  store.getState().content.events.find((e) => e.data.title === title)

describe('the studio forms', () => {
  it('types into an event’s title: the store holds each keystroke, one undo step for the typing', async () => {
    const { store, user } = renderStudio()
    await user.click(within(outline()).getByRole('button', { name: /Budget vote/ }))
    const title = screen.getByRole('textbox', { name: 'Title' })
    expect(title).toHaveValue('Budget vote')
    await user.type(title, ' tonight')
    expect(eventByTitle(store, 'Budget vote tonight')).toBeDefined()
    expect(within(outline()).getByRole('button', { name: /Budget vote tonight/ })).toBeVisible()
    act(() => store.getState().undo())
    expect(title).toHaveValue('Budget vote')
  })

  it('says at the field that an emptied title must not be empty, and keeps the field', async () => {
    const { store, user } = renderStudio()
    await user.click(within(outline()).getByRole('button', { name: /Budget vote/ }))
    const title = screen.getByRole('textbox', { name: 'Title' })
    await user.clear(title)
    expect(title).toHaveAttribute('aria-invalid', 'true')
    expect(title).toHaveAccessibleDescription(/Title must not be empty/)
    const vote = store.getState().content.events.find((e) => e.data.id === 'vote')!
    expect(vote.data.title).toBe('')
    await user.type(title, 'B')
    expect(title).not.toHaveAttribute('aria-invalid')
  })

  it('does nothing on Enter in a single-line field', async () => {
    const { store, user } = renderStudio()
    await user.click(within(outline()).getByRole('button', { name: /Session closes/ }))
    const before = store.getState().content
    await user.type(screen.getByRole('textbox', { name: 'Title' }), '{Enter}')
    expect(store.getState().content).toBe(before)
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveFocus()
  })

  it('adds an event with focus in its title, then a quote to it', async () => {
    const { store, user } = renderStudio()
    await user.click(screen.getByRole('button', { name: 'Add event' }))
    const title = screen.getByRole('textbox', { name: 'Title' })
    expect(title).toHaveFocus()
    expect(title).not.toHaveAttribute('aria-invalid')
    await user.type(title, 'Press conference')
    // Tab follows the form: the kind, then the id.
    await user.tab()
    expect(screen.getByRole('combobox', { name: 'Kind' })).toHaveFocus()
    await user.tab()
    expect(screen.getByRole('textbox', { name: 'Id' })).toHaveFocus()
    const added = eventByTitle(store, 'Press conference')!
    expect(added.data).toMatchObject({ id: 'event', kind: '', start: '' })
    await user.click(screen.getByRole('button', { name: 'Add quote' }))
    const words = screen.getByRole('textbox', { name: 'Words' })
    expect(words).toHaveFocus()
    await user.type(words, 'No questions today.')
    const quote = store.getState().content.quotes.find((q) => q.data.text === 'No questions today.')
    expect(quote?.parent).toBe(added.uid)
    expect(screen.getByRole('combobox', { name: 'Event' })).toHaveDisplayValue(/Press conference/)

    // Many keystrokes in jsdom: generous on a busy machine.
  }, 60_000)

  it('deletes an event with its quotes, says so politely, and Undo brings them back', async () => {
    const { store, user } = renderStudio()
    await user.click(within(outline()).getByRole('button', { name: /Budget vote/ }))
    await user.click(screen.getByRole('button', { name: 'Delete this event' }))
    expect(store.getState().content.events.map((e) => e.data.id)).toEqual(['opening', 'close'])
    expect(store.getState().content.quotes.map((q) => q.data.id)).toEqual(['q-open'])
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Deleted “Budget vote”.')
    expect(within(outline()).getByRole('button', { name: /Session closes/ })).toHaveFocus()
    await user.click(within(status).getByRole('button', { name: 'Undo' }))
    expect(store.getState().content.events.map((e) => e.data.id)).toEqual([
      'opening',
      'vote',
      'close',
    ])
    expect(store.getState().content.quotes).toHaveLength(3)
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Budget vote')
  })

  it('duplicates an event with fresh ids for it and its quotes', async () => {
    const { store, user } = renderStudio()
    await user.click(within(outline()).getByRole('button', { name: /Opening of the session/ }))
    await user.click(screen.getByRole('button', { name: 'Duplicate this event' }))
    const ids = store.getState().content.events.map((e) => e.data.id)
    expect(ids).toEqual(['opening', 'vote', 'close', 'opening-2'])
    expect(store.getState().content.quotes.map((q) => q.data.id)).toContain('q-open-2')
    expect(screen.getByRole('textbox', { name: 'Id' })).toHaveValue('opening-2')
  })

  it('renames a speaker’s id in the quotes that name them, in the same undo step', async () => {
    const { store, user } = renderStudio()
    await user.click(within(outline()).getByRole('button', { name: 'Ana Example' }))
    const id = screen.getByRole('textbox', { name: 'Id' })
    await user.clear(id)
    await user.type(id, 'anna')
    const speakers = () => store.getState().content.quotes.map((q) => q.data.speaker)
    expect(speakers()).toEqual(['anna', 'anna', 'rui'])
    act(() => store.getState().undo())
    expect(speakers()).toEqual(['ana', 'ana', 'rui'])
    expect(id).toHaveValue('ana')
  })

  it('does not rename references onto an id another speaker has, and says it is taken', async () => {
    const { store, user } = renderStudio()
    await user.click(within(outline()).getByRole('button', { name: 'Ana Example' }))
    const id = screen.getByRole('textbox', { name: 'Id' })
    await user.clear(id)
    await user.type(id, 'rui')
    expect(id).toHaveAccessibleDescription(/already the id of another speaker/)
    await user.type(id, 'z')
    expect(store.getState().content.quotes.map((q) => q.data.speaker)).toEqual([
      'ruiz',
      'ruiz',
      'rui',
    ])
  })

  it('moves through the outline with the arrow keys, one tab stop, opening each item', async () => {
    const { store, user } = renderStudio()
    const doc = within(outline()).getByRole('button', { name: /Document/ })
    await user.click(doc)
    const items = within(outline())
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('data-outline-item'))
    expect(items.filter((b) => b.tabIndex === 0)).toEqual([doc])
    await user.keyboard('{ArrowDown}')
    expect(within(outline()).getByRole('button', { name: 'Ana Example' })).toHaveFocus()
    expect(store.getState().focus).toMatchObject({ target: 'speakers' })
    await user.keyboard('{End}')
    const last = within(outline()).getByRole('button', { name: /Session closes/ })
    expect(last).toHaveFocus()
    expect(last).toHaveAttribute('aria-current', 'true')
    await user.keyboard('{ArrowDown}')
    expect(doc).toHaveFocus()
  })

  it('lists events in time order with the start as written, and shows problems as badges and at fields', async () => {
    const raw = structuredClone(sampleDocument)
    raw.events.reverse()
    const store = createStudioStore(fromRaw(raw))
    const vote = store.getState().content.events.find((e) => e.data.id === 'vote')!
    const problems: ProblemMap = new Map([
      [
        vote.uid,
        [
          {
            field: 'sources.0',
            message: 'No source has the id "x".',
            severity: 'warning' as const,
          },
        ],
      ],
    ])
    render(
      <StudioProvider store={store}>
        <Outline problems={problems} />
        <Editor problems={problems} />
      </StudioProvider>,
    )
    const list = within(outline()).getByRole('list', { name: 'Events in time order' })
    const lines = within(list)
      .getAllByRole('button')
      .map((b) => b.textContent)
    expect(lines).toEqual([
      '2026-03-04 18:00 Opening of the session',
      '2026-03-04 19:30 Budget vote1 warning',
      '2026-03-04 21:05 Session closes',
    ])
    await userEvent.setup().click(within(list).getByRole('button', { name: /Budget vote/ }))
    expect(screen.getByRole('group', { name: 'Sources' })).toHaveAccessibleDescription(
      /Sources No source has the id "x"/,
    )
    expect(screen.getByRole('textbox', { name: 'Start' })).toHaveAccessibleDescription(
      /Reads as Wednesday, March 4, 2026, 7:30 PM/,
    )
    expect(findRow(store.getState().content, 'events', vote.uid)).not.toBeNull()
  })
})
