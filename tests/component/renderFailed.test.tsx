import { screen, within } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { mount } from '../../src/app/mount'

// The reading panel's quotes fail to render: a fault of this page, not of the document.
vi.mock('../../src/quotes/QuotePanel', () => ({
  QuotePanel: () => {
    throw new Error('a bug in the quote panel')
  },
}))

const host = { postMessage: vi.fn() }
const posted = (type: string) =>
  host.postMessage.mock.calls.map(([message]) => message).filter((m) => m?.type === type)

beforeAll(() => {
  // An embed inside a host page: the bridge talks to window.parent.
  Object.defineProperty(window, 'parent', { configurable: true, value: host })
  window.history.replaceState(null, '', '/embed.html?embedId=story-1')
  document.body.innerHTML = '<div id="root"></div>'
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterAll(() => {
  Reflect.deleteProperty(window, 'parent')
  window.history.replaceState(null, '', '/')
})

describe('an embed whose part fails to render', () => {
  it('tells the host page once (render-failed), and the timeline is still shown', async () => {
    mount(true)
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 })
    expect(alert).toHaveTextContent('This part of the timeline could not be shown.')
    await vi.waitFor(() => expect(posted('error')).toHaveLength(1), { timeout: 10_000 })
    expect(posted('error')[0]).toMatchObject({
      protocol: 'quoteline',
      type: 'error',
      embedId: 'story-1',
      payload: { code: 'render-failed' },
    })
    // The document was shown: ready said so, and the page's error flag is not set.
    expect(posted('ready')[0]).toMatchObject({ payload: { status: 'ready' } })
    expect(document.documentElement.dataset.timelineError).toBeUndefined()
    expect(document.documentElement.dataset.timelineReady).toBe('true')
    expect(within(screen.getByRole('tablist')).getAllByRole('tab').length).toBeGreaterThan(1)
  })
})
