import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { generateDocument } from '../../scripts/bench-data.mjs'
import { renderViewer } from './renderViewer'

const cards = () => document.querySelectorAll('figure[data-quote-id]')

describe('the quote list of a long document', () => {
  // 600 seeded events: about 900 quotes, far more than the list renders at once.
  const doc = generateDocument({ events: 600, seed: 9 })

  it('renders a window of cards near the view and says how to see more', async () => {
    const user = userEvent.setup()
    renderViewer(doc)
    const shown = cards().length
    expect(shown).toBeGreaterThan(10)
    expect(shown).toBeLessThan(100)
    await user.click(screen.getByRole('button', { name: /Show 40 later quotes/ }))
    expect(cards().length).toBe(shown + 40)
  })

  it('shows the cards of an event selected far from the start', async () => {
    const user = userEvent.setup()
    renderViewer(doc, '')
    const tabs = screen.getByRole('tablist', { name: 'Events' })
    // The keyboard's End jumps to the last event; the panel then holds that event's words only,
    // and every quote (a window of them) is a button away.
    const firstTab = within(tabs).getAllByRole('tab')[0]!
    firstTab.focus()
    await user.keyboard('{End}')
    const last = doc.events.at(-1)!
    expect(document.querySelector(`[role="tab"][data-event-id="${last.id}"]`)).toHaveAttribute(
      'data-selected',
      'true',
    )
    const shown = [...document.querySelectorAll<HTMLElement>('figure[data-quote-id]')]
    expect(shown.every((f) => f.dataset.eventId === last.id)).toBe(true)
    expect(shown.length).toBe(last.quotes?.length ?? 0)
    await user.click(screen.getByRole('button', { name: 'Show every quote' }))
    expect(cards().length).toBeGreaterThan(shown.length)
    expect(cards().length).toBeLessThan(100)
  })
})
