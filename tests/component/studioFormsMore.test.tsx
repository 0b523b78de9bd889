// axe walks the whole tree and typing fills many fields: generous timeouts on a busy machine.
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import axe from 'axe-core'
import { describe, expect, it } from 'vitest'
import { fromRaw } from '../../src/studio/content'
import { createStudioStore } from '../../src/studio/createStudioStore'
import { Editor, Outline } from '../../src/studio/forms'
import { PAGE } from '../../src/studio/forms/OutlineEvents'
import { StudioProvider } from '../../src/studio/StudioContext'
import { sampleDocument } from '../fixtures/sampleDocument'

function renderStudio(raw: unknown = structuredClone(sampleDocument)) {
  const store = createStudioStore(fromRaw(raw))
  render(
    <StudioProvider store={store}>
      <Outline />
      <main>
        <Editor />
      </main>
    </StudioProvider>,
  )
  return { store, user: userEvent.setup() }
}

const outline = () => screen.getByRole('navigation', { name: 'Draft outline' })
const open = (user: ReturnType<typeof userEvent.setup>, name: RegExp | string) =>
  user.click(within(outline()).getByRole('button', { name }))

describe('the document’s form', () => {
  it('removes an emptied optional field, and says when the zone is not one the browser knows', async () => {
    const { store, user } = renderStudio()
    const zone = screen.getByRole('combobox', { name: 'Time zone' })
    expect(zone).toHaveValue('Europe/Lisbon')
    await user.clear(zone)
    expect(store.getState().content.meta).not.toHaveProperty('timezone')
    await user.type(zone, 'Europe/Lisbn')
    expect(zone).toHaveAttribute('aria-invalid', 'true')
    expect(zone).toHaveAccessibleDescription(/The time zone is not a zone name this browser knows/)
    const options = document.querySelectorAll(`#${CSS.escape(zone.getAttribute('list')!)} option`)
    expect([...options].map((o) => o.getAttribute('value'))).toContain('America/Anchorage')
  })

  it('adds a kind with its label, symbol and colour, then a correction, and removes the kind', async () => {
    const { store, user } = renderStudio()
    await user.click(screen.getByRole('button', { name: 'Add kind' }))
    const kind = screen.getByRole('group', { name: 'Kind 1' })
    expect(within(kind).getByRole('textbox', { name: 'Kind' })).toHaveFocus()
    await user.keyboard('vote')
    await user.type(within(kind).getByRole('textbox', { name: 'Label' }), 'Vote')
    await user.selectOptions(within(kind).getByRole('combobox', { name: 'Symbol' }), 'star')
    const colour = within(kind).getByRole('textbox', { name: 'Colour' })
    await user.type(colour, '#12345')
    expect(colour).toHaveAccessibleDescription(/must be a colour written #rrggbb/)
    fireEvent.change(within(kind).getByLabelText('Or pick the colour'), {
      target: { value: '#123456' },
    })
    expect(store.getState().content.meta.kinds).toEqual([
      { id: 'vote', label: 'Vote', symbol: 'star', color: '#123456' },
    ])
    await user.click(screen.getByRole('button', { name: 'Add correction' }))
    await user.keyboard('2026-03-05')
    await user.click(screen.getByRole('textbox', { name: 'What was corrected' }))
    await user.paste('The vote was at 7:30.')
    expect(store.getState().content.meta.corrections).toEqual([
      { date: '2026-03-05', text: 'The vote was at 7:30.' },
    ])
    await user.click(screen.getByRole('button', { name: 'Remove kind 1' }))
    expect(store.getState().content.meta).not.toHaveProperty('kinds')
    act(() => store.getState().undo())
    expect(store.getState().content.meta.kinds).toHaveLength(1)
  }, 60_000)
})

describe('the quote’s form', () => {
  it('chooses the speaker, the sources with the exact words among the sources, and interpreted', async () => {
    const { store, user } = renderStudio()
    await open(user, /Budget vote/)
    await open(user, /I doubt the numbers/)
    const quote = () => store.getState().content.quotes.find((q) => q.data.id === 'q-doubt')!.data
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speaker' }), 'Ana Example')
    expect(quote().speaker).toBe('ana')
    const exact = screen.getByRole('group', { name: 'Sources with these exact words' })
    expect(
      within(exact)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')!.textContent),
    ).toEqual(['Example minutes'])
    await user.click(within(exact).getByRole('checkbox', { name: 'Example minutes' }))
    await user.click(screen.getByRole('checkbox', { name: 'Interpreted' }))
    expect(quote()).toMatchObject({ verbatimIn: ['minutes'], interpreted: true })
    await user.click(screen.getByRole('checkbox', { name: 'Interpreted' }))
    expect(quote()).not.toHaveProperty('interpreted')
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Event' }),
      screen.getByRole('option', { name: /Session closes/ }),
    )
    const close = store.getState().content.events.find((e) => e.data.id === 'close')!
    expect(store.getState().content.quotes.find((q) => q.data.id === 'q-doubt')!.parent).toBe(
      close.uid,
    )
  })
})

describe('a large draft', () => {
  it('lists a page of events at a time, follows the event opened elsewhere, and shows more on request', async () => {
    const events = Array.from({ length: 1000 }, (_, i) => ({
      id: `e${i}`,
      kind: 'meeting',
      title: `Event ${i}`,
      start: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString().replace('.000Z', 'Z'),
    }))
    const { store, user } = renderStudio({ version: 1, timezone: 'UTC', events })
    // Counted by the DOM, not by role: naming a thousand buttons is slow in jsdom.
    const items = () =>
      outline().querySelectorAll('[aria-label="Events in time order"] [data-outline-item]')
    expect(items()).toHaveLength(PAGE)
    const far = store.getState().content.events[500]!
    act(() => store.getState().setFocus({ target: 'events', uid: far.uid }))
    const current = outline().querySelector('[aria-current="true"]')
    expect(current).toHaveTextContent(/Event 500$/)
    expect(items()[0]).toHaveTextContent(/Event 490$/)
    await user.click(screen.getByText(/Show earlier events \(490 before these\)/))
    expect(items()[0]).toHaveTextContent(/Event 290$/)
    expect(items()).toHaveLength(2 * PAGE)
    await user.click(screen.getByText(/Show more events \(310 after these\)/))
    expect(items()).toHaveLength(3 * PAGE)
  })
})

describe('accessibility', () => {
  it('has no axe violations in the event form and the outline', async () => {
    const { user } = renderStudio()
    await open(user, /Budget vote/)
    // jsdom lays nothing out, so colour contrast is left to the browser tests.
    const results = await axe.run(document.body, {
      rules: { 'color-contrast': { enabled: false } },
    })
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([])
  }, 60_000)

  it('has no axe violations in the document and quote forms', async () => {
    const { user } = renderStudio()
    const run = async () =>
      (
        await axe.run(document.body, { rules: { 'color-contrast': { enabled: false } } })
      ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`)
    await user.click(screen.getByRole('button', { name: 'Add kind' }))
    expect(await run()).toEqual([])
    await open(user, /Budget vote/)
    await open(user, /This budget is a promise/)
    expect(await run()).toEqual([])
  }, 60_000)
})
