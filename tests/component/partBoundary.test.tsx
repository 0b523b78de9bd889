import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type * as QuotePanelModule from '../../src/quotes/QuotePanel'
import { onDemand, PartBoundary } from '../../src/ui/PartBoundary'
import { renderViewer } from './renderViewer'

// The quote panel, broken on demand: a render bug in one part of the page.
const fault = vi.hoisted(() => ({ on: false }))
vi.mock('../../src/quotes/QuotePanel', async (original) => {
  const real = await original<typeof QuotePanelModule>()
  return {
    QuotePanel: () => {
      if (fault.on) throw new Error('a bug in the quote panel')
      return <real.QuotePanel />
    },
  }
})

const mark = (id: string) =>
  document.querySelector<HTMLElement>(`[role="tab"][data-event-id="${id}"]`)!

beforeEach(() => {
  window.history.replaceState(null, '', '/')
  // React logs every error a boundary catches; that is the page's log, not this test's.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})
afterEach(() => {
  fault.on = false
  vi.restoreAllMocks()
})

describe('a part that fails to render', () => {
  it('says so in its place, while the timeline and the rest of the page keep working', async () => {
    fault.on = true
    const user = userEvent.setup()
    renderViewer()
    const panel = screen.getByRole('tabpanel')
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      'This part of the timeline could not be shown.',
    )
    expect(screen.queryByRole('heading', { name: 'What was said' })).toBeNull()
    // The timeline still selects, and the view switch still shows the list.
    await user.click(mark('vote'))
    expect(mark('vote')).toHaveAttribute('aria-selected', 'true')
    expect(document.documentElement.dataset.timelineError).toBeUndefined()
    // Once the fault is gone, the reader reloads the part in place.
    fault.on = false
    await user.click(within(panel).getByRole('button', { name: 'Reload this part' }))
    expect(screen.getByRole('heading', { name: 'What was said' })).toBeInTheDocument()
    expect(within(panel).queryByRole('alert')).toBeNull()
  })
})

describe('a part whose code loads on demand', () => {
  it('tells a failed download from a bug, and Retry downloads it again', async () => {
    const user = userEvent.setup()
    let online = false
    const load = vi.fn(() =>
      online
        ? Promise.resolve({ default: () => <p>The export formats</p> })
        : Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    )
    const Formats = onDemand(load)
    render(
      <>
        <PartBoundary what="The export menu">
          <Formats />
        </PartBoundary>
        <button type="button">Elsewhere</button>
      </>,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The export menu could not be downloaded; check the connection.',
    )
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toBeEnabled()
    const tries = load.mock.calls.length
    online = true
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('The export formats')).toBeInTheDocument()
    // React.lazy would have kept the failure: the part was imported again.
    expect(load.mock.calls.length).toBeGreaterThan(tries)
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('calls a part that downloads but fails to render a fault of this page, not the network', async () => {
    const Broken = onDemand(() =>
      Promise.resolve({
        default: (): never => {
          throw new Error('a bug')
        },
      }),
    )
    render(
      <PartBoundary what="The key">
        <Broken />
      </PartBoundary>,
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This part of the timeline could not be shown.',
    )
    expect(screen.getByRole('button', { name: 'Reload this part' })).toBeInTheDocument()
  })
})
