import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import summit from '../../src/data-io/summit.json'
import { renderViewer } from './renderViewer'

const mark = (id: string) =>
  document.querySelector<HTMLElement>(`[role="tab"][data-event-id="${id}"]`)!

afterEach(() => window.history.replaceState(null, '', '/'))

describe('the Display menu’s zone switch', () => {
  it('shows the times in UTC, in the reading panel and in the marks’ names', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/#event=trump-lands')
    renderViewer(summit)
    const panel = screen.getByRole('tabpanel')
    await waitFor(() => expect(panel).toHaveTextContent('10:20 AM AKDT'))
    await user.click(screen.getByRole('button', { name: /Display/ }))
    const zones = await screen.findByRole('radiogroup', { name: 'Times in' })
    await act(() => user.click(within(zones).getByRole('radio', { name: 'UTC' })))
    expect(panel).toHaveTextContent('6:20 PM UTC')
    expect(panel).not.toHaveTextContent('10:20 AM AKDT')
    expect(mark('trump-lands')).toHaveAccessibleName(/6:20 PM UTC/)
  })
})
