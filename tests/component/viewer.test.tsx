import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { sampleDocument } from '../fixtures/sampleDocument'
import { renderViewer } from './renderViewer'

const mark = (id: string) =>
  document.querySelector<HTMLElement>(`[role="tab"][data-event-id="${id}"]`)
const card = (id: string) => document.querySelector<HTMLElement>(`figure[data-quote-id="${id}"]`)

beforeEach(() => {
  window.history.replaceState(null, '', '/')
  vi.useRealTimers()
})
afterEach(() => {
  delete document.documentElement.dataset.timelineReady
})

describe('the viewer', () => {
  it('draws every event as a tab with its kind and marks the document ready', () => {
    renderViewer()
    const tabs = within(screen.getByRole('tablist', { name: 'Events' })).getAllByRole('tab')
    expect(tabs.map((t) => t.dataset.eventId)).toEqual(['opening', 'vote', 'close'])
    expect(mark('vote')?.dataset.eventKind).toBe('vote')
    // A kind the summit does not use is allowed and takes the first palette style of its own.
    expect(mark('vote')?.dataset.kindStyle).toBe('p0')
    expect(mark('opening')?.dataset.kindStyle).toBe('meeting')
    expect(document.documentElement.dataset.timelineReady).toBe('true')
  })

  it('clicking an event selects it, shows its detail and highlights its quote cards', async () => {
    const user = userEvent.setup()
    renderViewer()
    await user.click(mark('vote')!)
    expect(mark('vote')).toHaveAttribute('data-selected', 'true')
    expect(mark('vote')).toHaveAttribute('aria-selected', 'true')
    expect(mark('opening')).not.toHaveAttribute('data-selected')
    const panel = screen.getByRole('tabpanel')
    const detail = within(panel).getByRole('region', { name: 'Event detail' })
    expect(within(detail).getByRole('heading', { level: 2 })).toHaveTextContent('Budget vote')
    expect(panel).toHaveTextContent('about 7:30 PM')
    // The time's note sits in the event's "how we know", which loads with the first selection.
    await vi.waitFor(() => expect(panel).toHaveTextContent('around half past seven'))
    expect(card('q-promise')).toHaveAttribute('data-highlighted', 'true')
    expect(card('q-doubt')).toHaveAttribute('data-highlighted', 'true')
    // The reading panel holds the selected event's words only; every quote is a button away.
    expect(card('q-open')).toBeNull()
    await user.click(within(panel).getByRole('button', { name: 'Show every quote' }))
    expect(card('q-open')).not.toHaveAttribute('data-highlighted')
    expect(mark('vote')).not.toHaveAttribute('data-selected')
  })

  it('clicking a quote card selects that quote and its event', async () => {
    const user = userEvent.setup()
    renderViewer()
    await user.click(within(card('q-doubt')!).getByText('I doubt the numbers add up.'))
    expect(card('q-doubt')).toHaveAttribute('data-selected', 'true')
    expect(mark('vote')).toHaveAttribute('data-selected', 'true')
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Budget vote')
  })

  it('keeps the URL hash current with replaceState and never adds history entries', async () => {
    const user = userEvent.setup()
    renderViewer()
    const before = window.history.length
    const push = vi.spyOn(window.history, 'pushState')
    await user.click(mark('close')!)
    await vi.waitFor(() => expect(window.location.hash).toBe('#event=close'))
    await user.click(screen.getByRole('button', { name: 'Show every quote' }))
    await user.click(within(card('q-open')!).getByText('We begin on time tonight.'))
    await vi.waitFor(() => expect(window.location.hash).toBe('#quote=q-open'))
    expect(window.history.length).toBe(before)
    expect(push).not.toHaveBeenCalled()
  })

  it('opens with the quote named in #quote= selected, with its event', () => {
    window.history.replaceState(null, '', '/#quote=q-promise')
    renderViewer()
    expect(card('q-promise')).toHaveAttribute('data-selected', 'true')
    expect(mark('vote')).toHaveAttribute('data-selected', 'true')
  })

  it('previous and next buttons and arrow keys step through events in time order', async () => {
    const user = userEvent.setup()
    renderViewer()
    await user.click(screen.getByRole('button', { name: 'Next event' }))
    expect(mark('opening')).toHaveAttribute('data-selected', 'true')
    await user.click(screen.getByRole('button', { name: 'Next event' }))
    expect(mark('vote')).toHaveAttribute('data-selected', 'true')
    mark('vote')!.focus()
    await user.keyboard('{ArrowRight}')
    expect(mark('close')).toHaveAttribute('data-selected', 'true')
    expect(mark('close')).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Next event' })).toBeDisabled()
    await user.keyboard('{Home}')
    expect(mark('opening')).toHaveAttribute('data-selected', 'true')
    expect(document.querySelectorAll('[role="tab"][tabindex="0"]')).toHaveLength(1)
  })

  it('the speaker filter shows only that speaker’s quotes', async () => {
    const user = userEvent.setup()
    renderViewer()
    await user.click(screen.getByRole('button', { name: 'Rui Sample' }))
    expect(card('q-doubt')).toBeInTheDocument()
    expect(card('q-open')).toBeNull()
    expect(card('q-promise')).toBeNull()
    expect(screen.getByText('1 of 3 quotes match')).toBeInTheDocument()
  })

  it('the text search narrows the cards and highlights the matching words', async () => {
    const user = userEvent.setup()
    renderViewer()
    await user.type(screen.getByRole('searchbox', { name: 'Search quotes' }), 'promise')
    expect(card('q-open')).toBeNull()
    const highlighted = card('q-promise')!.querySelector('mark')
    expect(highlighted).toHaveTextContent('promise')
  })

  it('says plainly when no quote matches the search', async () => {
    const user = userEvent.setup()
    renderViewer()
    await user.type(screen.getByRole('searchbox', { name: 'Search quotes' }), 'zebra')
    expect(screen.getByText(/No quotes match/)).toBeInTheDocument()
  })

  it('turns only http(s) sources into links', () => {
    renderViewer()
    const promise = card('q-promise')!
    expect(within(promise).getByRole('link', { name: 'Example minutes' })).toHaveAttribute(
      'href',
      'https://example.org/minutes',
    )
    expect(within(promise).getByText('A bad link').closest('a')).toBeNull()
  })

  it('shows times in the document zone, the reader’s zone or UTC as chosen', async () => {
    const user = userEvent.setup()
    renderViewer()
    await user.click(mark('opening')!)
    const panel = screen.getByRole('tabpanel')
    // Lisbon is UTC+0 in March (WET); the test process runs in Pacific/Chatham.
    expect(panel).toHaveTextContent('6:00 PM')
    // The zone and the theme sit in one "Display" menu, loaded when it first opens.
    await user.click(screen.getByRole('button', { name: /Display/ }))
    await user.click(await screen.findByRole('radio', { name: 'UTC' }))
    expect(panel).toHaveTextContent('6:00 PM UTC')
    await user.click(screen.getByRole('radio', { name: 'My time' }))
    // Chatham is UTC+13:45 on 4 March (daylight time): 18:00Z is 7:45 AM the next day.
    expect(panel).toHaveTextContent('7:45 AM')
  })

  it('offers UTC once when the document itself is told in UTC', async () => {
    const user = userEvent.setup()
    renderViewer({ ...sampleDocument, timezone: 'UTC' })
    await user.click(screen.getByRole('button', { name: /Display/ }))
    const group = await screen.findByRole('radiogroup', { name: 'Times in' })
    const zones = within(group).getAllByRole('radio')
    expect(zones.map((b) => b.textContent)).toEqual(['UTC', 'My time'])
    expect(zones[0]).toHaveAttribute('aria-checked', 'true')
  })

  it('each switch is one tab stop whose arrow keys move the choice (a radio group)', async () => {
    const user = userEvent.setup()
    renderViewer()
    const timeline = screen.getByRole('radio', { name: 'Timeline' })
    expect(timeline).toHaveAttribute('tabindex', '0')
    expect(screen.getByRole('radio', { name: 'List' })).toHaveAttribute('tabindex', '-1')
    timeline.focus()
    await user.keyboard('{ArrowRight}')
    expect(screen.getByRole('radio', { name: 'List' })).toHaveFocus()
    expect(screen.queryByRole('tablist', { name: 'Events' })).toBeNull()
    expect(screen.getByRole('radio', { name: 'List' })).toHaveAttribute('aria-checked', 'true')
  })

  it('Enter on a mark selects it and puts focus on its first quote; Escape goes back', async () => {
    const user = userEvent.setup()
    renderViewer()
    mark('vote')!.focus()
    await user.keyboard('{Enter}')
    expect(mark('vote')).toHaveAttribute('data-selected', 'true')
    await vi.waitFor(() => expect(card('q-promise')).toHaveFocus())
    await user.keyboard('{Escape}')
    expect(mark('vote')).toHaveFocus()
  })

  it('the first Tab stop skips to the timeline’s selected mark', async () => {
    const user = userEvent.setup()
    renderViewer()
    await user.click(mark('close')!)
    ;(document.activeElement as HTMLElement).blur()
    await user.tab()
    const skip = screen.getByRole('link', { name: 'Skip to the timeline' })
    expect(skip).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(mark('close')).toHaveFocus()
  })
})

describe('copying', () => {
  it('copy quote puts the words, speaker and source on the clipboard and says so', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    renderViewer()
    await user.click(within(card('q-promise')!).getByRole('button', { name: 'Copy quote' }))
    // The copy code loads on the first copy.
    await vi.waitFor(() => expect(writeText).toHaveBeenCalled())
    expect(writeText).toHaveBeenCalledWith(
      '“This budget is a promise we can keep.” — Ana Example, Mayor. Source: Example minutes, https://example.org/minutes; A bad link',
    )
    expect(await within(card('q-promise')!).findByText('Quote copied')).toBeInTheDocument()
  })

  it('copy link gives the quote’s permalink', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    renderViewer()
    await user.click(within(card('q-doubt')!).getByRole('button', { name: 'Copy link' }))
    await vi.waitFor(() =>
      expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/#quote=q-doubt`),
    )
  })

  it('where the clipboard is denied, shows the text selected for copying instead', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'))
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    renderViewer()
    await user.click(within(card('q-open')!).getByRole('button', { name: 'Copy quote' }))
    const box = await screen.findByRole('textbox', { name: /Copying was blocked/ })
    expect((box as HTMLTextAreaElement).value).toContain('We begin on time tonight.')
    expect(box).toHaveFocus()
    await act(async () => {})
  })
})

describe('the kind filter in the legend', () => {
  it('shows only the chosen kinds on the timeline and in the quotes, and steps among them', async () => {
    const user = userEvent.setup()
    renderViewer()
    // The legend is one "Key" button; its kind toggles load when it first opens.
    await user.click(screen.getByRole('button', { name: /^Key/ }))
    const group = await screen.findByRole('toolbar', { name: 'Show only these kinds of event' })
    await user.click(within(group).getByRole('button', { name: /Vote/ }))
    await user.click(within(group).getByRole('button', { name: /Departure/ }))
    expect(mark('opening')).toBeNull()
    expect(card('q-open')).toBeNull()
    expect(card('q-promise')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Key · 2 shown/ })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next event' }))
    expect(mark('vote')).toHaveAttribute('data-selected', 'true')
    await user.click(screen.getByRole('button', { name: 'Next event' }))
    expect(mark('close')).toHaveAttribute('data-selected', 'true')
    expect(screen.getByText('2 of 2')).toBeInTheDocument()
    // Pressing outside closed the key; it opens again with the toggles as they were.
    await user.click(screen.getByRole('button', { name: /^Key/ }))
    await user.click(within(group).getByRole('button', { name: 'Show all kinds' }))
    expect(mark('opening')).toBeInTheDocument()
  })
})
