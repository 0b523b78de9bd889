import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderViewer } from './renderViewer'

// The event's "Where, who and how we know" part loads on demand: here its download fails until
// the network is back.
const net = vi.hoisted(() => ({ down: true, tries: 0 }))
vi.mock('../../src/quotes/HowWeKnow', async (original) => {
  net.tries++
  if (net.down) throw new TypeError('Failed to fetch dynamically imported module')
  return original()
})

const mark = (id: string) =>
  document.querySelector<HTMLElement>(`[role="tab"][data-event-id="${id}"]`)!

beforeEach(() => {
  window.history.replaceState(null, '', '/')
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => vi.restoreAllMocks())

describe('a part of the reading panel whose code cannot be downloaded', () => {
  it('is told as a download failure in the panel, and Retry downloads it again', async () => {
    const user = userEvent.setup()
    renderViewer()
    await user.click(mark('vote'))
    const panel = screen.getByRole('tabpanel')
    expect(await within(panel).findByRole('alert')).toHaveTextContent(
      'The reading panel could not be downloaded; check the connection.',
    )
    // The timeline keeps working meanwhile.
    await user.click(mark('close'))
    expect(mark('close')).toHaveAttribute('aria-selected', 'true')
    const tries = net.tries
    net.down = false
    await user.click(within(panel).getByRole('button', { name: 'Retry' }))
    expect(await within(panel).findByText('Where, who and how we know')).toBeInTheDocument()
    expect(net.tries).toBeGreaterThan(tries)
    expect(within(panel).queryByRole('alert')).toBeNull()
  })
})
