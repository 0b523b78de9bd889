import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { sampleDocument } from '../fixtures/sampleDocument'
import { renderViewer } from './renderViewer'

// Text at the format's limits: long summaries and quotes are drawn cut, with a "Show all" toggle
// (the cut itself is CSS, seen in tests/e2e/longText.spec.ts; here, what the reader operates),
// and one-line names keep their whole text as their accessible name.

/** `n` characters of words, numbered so that every part of the text is different. */
const words = (n: number, seed: string) => {
  let out = seed
  for (let i = 0; out.length < n; i++) out += ` word${i}`
  return out.slice(0, n)
}
const QUOTE = words(5000, 'Quote begins')
const SUMMARY = words(2000, 'Summary begins')
const NAME = `Ana${'W'.repeat(197)}`

const longDocument = {
  ...sampleDocument,
  speakers: [{ ...sampleDocument.speakers[0]!, name: NAME }, sampleDocument.speakers[1]!],
  events: sampleDocument.events.map((e) =>
    e.id === 'opening'
      ? {
          ...e,
          summary: SUMMARY,
          quotes: [{ ...e.quotes![0]!, text: QUOTE, context: 'Opening words.' }],
        }
      : e,
  ),
}

/** Renders `raw` with the event `id` selected, as a link to it would. */
function renderAt(raw: unknown, id?: string) {
  window.history.replaceState(null, '', id ? `/#event=${id}` : '/')
  return renderViewer(raw)
}
beforeEach(() => window.history.replaceState(null, '', '/'))

const card = (id: string) => document.querySelector<HTMLElement>(`figure[data-quote-id="${id}"]`)!
const detail = () => screen.getByRole('region', { name: 'Event detail' })

describe('long text in the reading panel', () => {
  it('a 5,000-character quote is cut with "Show all", which shows it all, verbatim', async () => {
    const user = userEvent.setup()
    renderAt(longDocument, 'opening')
    const quote = card('q-open')
    const words = within(quote).getByText((_, el) => el?.tagName === 'BLOCKQUOTE')
    // The cut is only drawn: the whole quote is in the page, word for word.
    expect(words).toHaveTextContent(QUOTE, { normalizeWhitespace: false })
    expect(words).toHaveClass('clamp')
    const toggle = within(quote).getByRole('button', { name: 'Show all' })
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    // The short context beside it has no toggle of its own.
    expect(within(quote).getAllByRole('button', { name: /Show (all|less)/ })).toHaveLength(1)

    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-expanded', 'true')
    expect(toggle).toHaveAccessibleName('Show less')
    expect(words).not.toHaveClass('clamp')
    expect(words).toHaveTextContent(QUOTE, { normalizeWhitespace: false })
    // Showing the words is not choosing the quote.
    expect(quote).not.toHaveAttribute('data-selected')

    // From the keyboard as well: Enter on the toggle cuts the quote again.
    toggle.focus()
    await user.keyboard('{Enter}')
    expect(toggle).toHaveAttribute('aria-expanded', 'false')
    expect(words).toHaveClass('clamp')
  })

  it('a 2,000-character summary is cut with "Show all"', async () => {
    const user = userEvent.setup()
    renderAt(longDocument, 'opening')
    const summary = within(detail()).getByText(SUMMARY)
    expect(summary).toHaveClass('clamp')
    await user.click(within(detail()).getByRole('button', { name: 'Show all' }))
    expect(within(detail()).getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect(summary).not.toHaveClass('clamp')
  })

  it('short text has no toggle', () => {
    renderAt(sampleDocument, 'vote')
    expect(screen.queryByRole('button', { name: /Show (all|less)/ })).toBeNull()
    expect(document.querySelector('.clamp')).toBeNull()
  })

  it('while a search is on, long quotes show whole, so every match shows', async () => {
    const user = userEvent.setup()
    renderAt(longDocument)
    await user.type(screen.getByRole('searchbox', { name: 'Search quotes' }), 'word600')
    const quote = card('q-open')
    expect(within(quote).getByText('word600')).toHaveClass('match')
    expect(within(quote).queryByRole('button', { name: 'Show all' })).toBeNull()
    expect(quote.querySelector('.clamp')).toBeNull()
  })
})

describe('one-line names', () => {
  it('a long speaker name, cut with an ellipsis, is whole in the accessible names', () => {
    renderAt(longDocument)
    // The speaker toggle: the whole name is the button's name (and its tooltip), said once.
    const chip = within(screen.getByRole('group', { name: 'Filter by speaker' })).getByRole(
      'button',
      { name: NAME },
    )
    expect(within(chip).getByText(NAME)).toHaveAttribute('title', NAME)
    expect(chip).not.toHaveAccessibleDescription()
    // The card: the whole name is its caption's text (the figure's name), the ellipsis only
    // drawn, and its tooltip on the name itself.
    const name = within(card('q-open')).getByText(NAME)
    expect(name.closest('figcaption')).not.toBeNull()
    expect(name).toHaveClass('truncate')
    expect(name).toHaveAttribute('title', NAME)
  })
})
