import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ViewSwitch } from '../../src/quotes/ViewSwitch'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { EventList } from '../../src/quotes/EventList'
import { createTimelineStore } from '../../src/store/createTimelineStore'
import { TimelineProvider } from '../../src/store/TimelineContext'
import { sampleDocument } from '../fixtures/sampleDocument'

function renderList(raw: unknown = sampleDocument) {
  const { document } = parseTimeline(raw)
  if (!document) throw new Error('the document did not parse')
  const store = createTimelineStore(document)
  render(
    <TimelineProvider document={document} store={store}>
      <ViewSwitch />
      <EventList />
    </TimelineProvider>,
  )
  return store
}

const row = (title: string) =>
  screen.getByRole('button', { name: title }).closest<HTMLElement>('[data-list-event-id]')!

describe('the list view', () => {
  it('shows every event in time order with its kind, time and title as a heading', () => {
    renderList()
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(headings).toEqual(['Opening of the session', 'Budget vote', 'Session closes'])
    expect(row('Budget vote')).toHaveTextContent('Vote · Wednesday, March 4, 2026, about 7:30 PM')
    expect(row('Opening of the session')).toHaveTextContent('6:00 PM GMT+0 to 6:30 PM GMT+0')
    expect(document.querySelectorAll('[data-list-event-id]')).toHaveLength(3)
  })

  it('gives each quote as a figure: the words in a blockquote, the speaker in its caption, the source cited', () => {
    renderList()
    const figures = within(row('Budget vote')).getAllByRole('figure')
    expect(figures.map((f) => f.dataset.quoteId)).toEqual(['q-promise', 'q-doubt'])
    const doubt = figures[1]!
    expect(doubt.querySelector('blockquote')).toHaveTextContent('I doubt the numbers add up.')
    expect(doubt.querySelector('figcaption')).toHaveTextContent('Rui Sample, Councillor')
    expect(within(doubt).getByRole('link', { name: 'Example minutes' })).toHaveAttribute(
      'href',
      'https://example.org/minutes',
    )
    expect(doubt.querySelector('cite')).toHaveTextContent('Example minutes')
  })

  it('keeps an unsafe source as text, never as a link', () => {
    renderList()
    const promise = within(row('Budget vote')).getAllByRole('figure')[0]!
    expect(promise).toHaveTextContent('A bad link')
    expect(within(promise).queryByRole('link', { name: 'A bad link' })).toBeNull()
  })

  it('says when an event has no quotes and shows the note on an uncertain time', () => {
    renderList()
    expect(row('Session closes')).toHaveTextContent('No quotes are recorded for this event.')
    expect(row('Budget vote')).toHaveTextContent('The minutes say only “around half past seven”.')
  })

  it('choosing a row selects its event and marks it as the current one', async () => {
    const user = userEvent.setup()
    const store = renderList()
    await user.click(screen.getByRole('button', { name: 'Budget vote' }))
    expect(store.getState().selectedEventId).toBe('vote')
    expect(store.getState().selectionCause).toBe('list')
    expect(screen.getByRole('button', { name: 'Budget vote' })).toHaveAttribute(
      'aria-current',
      'true',
    )
    expect(row('Budget vote')).toHaveAttribute('data-selected', 'true')
    expect(screen.getByRole('button', { name: 'Session closes' })).not.toHaveAttribute(
      'aria-current',
    )
  })

  it('follows a selection made elsewhere, such as a deep link to a quote', () => {
    const store = renderList()
    act(() => store.getState().selectQuote('q-doubt', 'url'))
    expect(row('Budget vote')).toHaveAttribute('data-selected', 'true')
    expect(document.querySelector('[data-quote-id="q-doubt"]')).toHaveAttribute(
      'data-selected',
      'true',
    )
  })

  it('the view switch swaps views in the store and keeps the selection', async () => {
    const user = userEvent.setup()
    const store = renderList()
    act(() => store.getState().selectEvent('close', 'url'))
    await user.click(screen.getByRole('radio', { name: 'List' }))
    expect(store.getState().view).toBe('list')
    expect(screen.getByRole('radio', { name: 'List' })).toHaveAttribute('aria-checked', 'true')
    await user.click(screen.getByRole('radio', { name: 'Timeline' }))
    expect(store.getState().view).toBe('timeline')
    expect(store.getState().selectedEventId).toBe('close')
  })
})

describe('the list view of a long document', () => {
  // 1,000 events one minute apart, without quotes.
  const long = {
    title: 'Long',
    timezone: 'UTC',
    events: Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`,
      kind: 'note',
      title: `Event ${i}`,
      start: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    })),
  }
  const renderLong = () => renderList(long)
  const rowIds = () =>
    [...document.querySelectorAll<HTMLElement>('[data-list-event-id]')].map(
      (el) => el.dataset.listEventId,
    )

  it('renders a window of rows, not all of them, and widens it at either end on request', async () => {
    renderLong()
    expect(rowIds()).toHaveLength(30)
    expect(rowIds()[0]).toBe('e0')
    expect(screen.queryByRole('button', { name: /earlier events/ })).toBeNull()
    await userEvent.click(screen.getByRole('button', { name: /Show 40 later events/ }))
    expect(rowIds()).toHaveLength(70)
    // The list keeps its numbering: row 71 onwards is still counted from the first event.
    expect(document.querySelector('ol')).toHaveAttribute('start', '1')
  })

  it('opens around the selected event, with the earlier ones a button away', async () => {
    const store = renderLong()
    act(() => store.getState().selectEvent('e500' as never, 'click'))
    expect(rowIds()).toContain('e500')
    expect(rowIds()).not.toContain('e0')
    expect(document.querySelector('ol')).toHaveAttribute('start', String(490 + 1))
    await userEvent.click(screen.getByRole('button', { name: /Show 40 earlier events/ }))
    expect(rowIds()[0]).toBe('e450')
  })
})
