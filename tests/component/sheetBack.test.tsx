import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderViewer } from './renderViewer'

/** Android's Back reaches a page as a CloseWatcher's close: a stand-in that the test can fire. */
class FakeCloseWatcher {
  static live: FakeCloseWatcher[] = []
  onclose: (() => void) | null = null
  constructor() {
    FakeCloseWatcher.live.push(this)
  }
  destroy() {
    FakeCloseWatcher.live = FakeCloseWatcher.live.filter((w) => w !== this)
  }
}

const panel = () => document.getElementById('event-panel')

describe('the reading sheet on a narrow screen', () => {
  beforeEach(() => {
    FakeCloseWatcher.live = []
    ;(window as unknown as { CloseWatcher: unknown }).CloseWatcher = FakeCloseWatcher
  })
  afterEach(() => {
    delete (window as unknown as { CloseWatcher?: unknown }).CloseWatcher
  })

  it("closes on Android's Back (a CloseWatcher), never through history, and gives focus back to the mark", async () => {
    renderViewer()
    const mark = screen.getAllByRole('tab')[0]!
    const historyLength = window.history.length
    await userEvent.click(mark)
    await waitFor(() => expect(panel()).toHaveClass('is-sheet'))
    // The sheet's code loads with the first sheet: then it listens for Back.
    await waitFor(() => expect(FakeCloseWatcher.live).toHaveLength(1))
    expect(window.history.length).toBe(historyLength)

    act(() => FakeCloseWatcher.live[0]!.onclose?.())
    await waitFor(() => expect(panel()).not.toHaveClass('is-sheet'))
    expect(document.activeElement).toBe(mark)
    // Closed, the sheet no longer listens for Back: Back leaves the page as it should.
    expect(FakeCloseWatcher.live).toHaveLength(0)
  })
})
