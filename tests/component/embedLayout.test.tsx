import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { renderViewer } from './renderViewer'

const card = (id: string) => document.querySelector<HTMLElement>(`figure[data-quote-id="${id}"]`)

describe('the embed layout', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/news/embed.html?embedId=story-1&theme=dark')
  })
  afterEach(() => {
    window.history.replaceState(null, '', '/')
  })

  it('leaves out the page chrome and links to the full view in the same state', async () => {
    const user = userEvent.setup()
    renderViewer(undefined, '?embed=1&embedId=story-1&theme=dark')
    expect(screen.queryByRole('button', { name: 'Embed' })).toBeNull()
    expect(screen.queryByRole('group', { name: 'Theme' })).toBeNull()
    // The link's code loads on demand (the full view never shows it).
    const link = await screen.findByRole('link', { name: /Open full timeline/ })
    expect(link).toHaveAttribute('href', `${window.location.origin}/news/index.html?theme=dark`)
    await user.click(document.querySelector<HTMLElement>('[role="tab"][data-event-id="vote"]')!)
    expect(link).toHaveAttribute(
      'href',
      `${window.location.origin}/news/index.html?theme=dark#event=vote`,
    )
  })

  it('shows only the panels asked for', () => {
    renderViewer(undefined, '?embed=1&panels=quotes')
    expect(screen.getByRole('heading', { name: 'What was said' })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Event detail' })).toBeNull()
  })

  it('names an unusable option on screen', async () => {
    renderViewer(undefined, '?embed=1&zone=mars')
    // The notice loads on demand: most pages have nothing to warn about.
    expect(
      await screen.findByText(/Ignored zone=mars: expected document, reader or utc/),
    ).toBeVisible()
  })

  it('copy link from an embed gives the full view’s permalink', async () => {
    const user = userEvent.setup()
    const writeText = vi.fn().mockResolvedValue(undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    renderViewer(undefined, '?embed=1')
    await user.click(within(card('q-doubt')!).getByRole('button', { name: 'Copy link' }))
    await vi.waitFor(() =>
      expect(writeText).toHaveBeenCalledWith(
        `${window.location.origin}/news/index.html?theme=dark#quote=q-doubt`,
      ),
    )
  })
})
