import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import summit from '../../src/data-io/summit.json'
import { renderViewer } from './renderViewer'

const mark = (id: string) =>
  document.querySelector<HTMLElement>(`[role="tab"][data-event-id="${id}"]`)!

beforeEach(() => window.history.replaceState(null, '', '/'))

describe('the summit, told honestly', () => {
  it('names each mark with its title and its time in AKDT', () => {
    renderViewer(summit)
    expect(mark('trump-lands')).toHaveAccessibleName('Trump lands in Anchorage, 10:20 AM AKDT')
    expect(mark('putin-lands')).toHaveAccessibleName(
      'Putin lands in Anchorage, 10:54 AM AKDT (sources differ by two minutes)',
    )
  })

  it('shows where sources disagree on a minute, naming them', async () => {
    const user = userEvent.setup()
    renderViewer(summit)
    await user.click(mark('putin-lands'))
    const panel = screen.getByRole('tabpanel')
    expect(panel).toHaveTextContent('10:54 AM AKDT (sources differ by two minutes)')
    await vi.waitFor(() => expect(panel).toHaveTextContent(/TASS gives 10:54; Vedomosti 10:56/))
  })

  it('shows the press availability as a window, not a guessed minute', async () => {
    const user = userEvent.setup()
    renderViewer(summit)
    await user.click(mark('press-availability'))
    expect(screen.getByRole('tabpanel')).toHaveTextContent(/between 2:11 and 3:00 PM AKDT/)
  })

  it('shows the meeting’s end as derived and its length as sources state it', async () => {
    const user = userEvent.setup()
    renderViewer(summit)
    await user.click(mark('meeting-3on3'))
    const panel = screen.getByRole('tabpanel')
    expect(panel).toHaveTextContent(/between 2:11 and 2:17 PM AKDT \(derived\)/)
    expect(panel).toHaveTextContent('nearly three hours')
    expect(panel).toHaveTextContent(/2 h 45 min/)
  })

  it('says “about” for approximate times', async () => {
    const user = userEvent.setup()
    renderViewer(summit)
    await user.click(mark('putin-departs'))
    expect(screen.getByRole('tabpanel')).toHaveTextContent(/about 4:00 PM AKDT/)
  })

  it('labels Putin’s interpreted words and notes the seed article’s contradicted claim', () => {
    renderViewer(summit)
    const card = screen
      .getAllByRole('figure')
      .find((f) => within(f).queryByText('sincerely interested'))!
    expect(within(card).getByText('As interpreted')).toBeInTheDocument()
    expect(card).toHaveTextContent(/Note:.*Russian/)
    const moscow = screen
      .getAllByRole('figure')
      .find((f) => within(f).queryByText('Next time in Moscow.'))!
    expect(within(moscow).queryByText('As interpreted')).toBeNull()
  })
})
