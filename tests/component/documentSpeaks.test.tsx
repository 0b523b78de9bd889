import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import summit from '../../src/data-io/summit.json'
import { sampleDocument } from '../fixtures/sampleDocument'
import { renderViewer } from './renderViewer'

beforeEach(() => window.history.replaceState(null, '', '/'))

const footer = () => screen.findByRole('contentinfo')

/** An invented document of three quoteless events, one a year apart from 1815 to 1946. */
const centuries = {
  title: 'Two centuries',
  timezone: 'Europe/London',
  events: [
    { id: 'a', kind: 'treaty', title: 'A treaty', start: '1815-06-09' },
    { id: 'b', kind: 'treaty', title: 'Another treaty', start: '1919-06-28' },
    { id: 'c', kind: 'trial', title: 'A verdict', start: '1946-10-01' },
  ],
}

/** An invented week: quotes with no sources named as exact words, none interpreted. */
const week = {
  title: 'A week of hearings',
  timezone: 'America/Chicago',
  about: 'Quotes are from the official hearing transcript.',
  events: [
    {
      id: 'mon',
      kind: 'hearing',
      title: 'Monday hearing',
      start: '2026-03-02T09:00:00-06:00',
      quotes: [{ id: 'q1', speaker: 'Chair', text: 'We are in session.' }],
    },
    { id: 'sun', kind: 'hearing', title: 'Sunday recess', start: '2026-03-08T09:00:00-06:00' },
  ],
}

describe('every document speaks for itself', () => {
  it('a document without its own note gets a default that claims nothing about its sources', async () => {
    renderViewer(sampleDocument)
    const note = await footer()
    expect(note).toHaveTextContent(
      'Quotes, times and sources are as this timeline’s document gives them.',
    )
    expect(note).not.toHaveTextContent(/verbatim|interpret|Russian|Exact words/)
    // The sample has an approximate time, and says what "about" means.
    expect(note).toHaveTextContent('Times marked “about” are approximate.')
    expect(within(note).queryByRole('heading', { name: 'Corrections' })).toBeNull()
  })

  it('a document’s own about text is its trust note', async () => {
    renderViewer(week)
    const note = await footer()
    expect(note).toHaveTextContent('Quotes are from the official hearing transcript.')
    expect(note).not.toHaveTextContent(/As interpreted|about” are approximate|Soft bands/)
  })

  it('the summit explains “As interpreted” and exact words, and lists its corrections', async () => {
    renderViewer(summit)
    const note = await footer()
    expect(note).toHaveTextContent(/at least one source on its card/)
    expect(note).toHaveTextContent(/“As interpreted” marks words spoken in another language/)
    expect(note).toHaveTextContent(/“Exact words” names the sources/)
    const corrections = within(note).getByRole('region', { name: 'Corrections' })
    expect(within(corrections).getAllByRole('listitem')).toHaveLength(9)
    expect(corrections).toHaveTextContent(/December 3, 2026: Handshake: 11:07–11:10/)
  })

  it('in an embed the corrections fold away under their count', async () => {
    renderViewer(summit, '?embed=1')
    const note = await footer()
    expect(within(note).getByText('Corrections (9)')).toBeInTheDocument()
  })

  it('a card names the sources with the exact words apart from those with the same sense', () => {
    renderViewer(summit)
    const card = document.querySelector<HTMLElement>(
      'figure[data-quote-id="putin-constructive-atmosphere"]',
    )!
    expect(card).toHaveTextContent(/Exact words: Here's the transcript of what Putin and Trump/)
    expect(card).toHaveTextContent(/Same sense: Report on the end of the meeting without a deal/)
    expect(card).not.toHaveTextContent(/Sources?:/)
  })

  it('a published link to a merged card opens the card that holds its words', () => {
    window.history.replaceState(null, '', '/#quote=trump-extremely-productive')
    renderViewer(summit)
    const card = document.querySelector('figure[data-quote-id="trump-very-good-chance"]')
    expect(card).toHaveAttribute('data-selected', 'true')
  })

  it('a document of one day says “the day”', () => {
    renderViewer(sampleDocument)
    expect(screen.getByRole('heading', { name: 'Explore the day' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Fit all' })).toHaveAttribute(
      'title',
      'Show the whole day (0)',
    )
  })

  it('a document of a week says “the week”', () => {
    renderViewer(week)
    expect(screen.getByRole('heading', { name: 'Explore the week' })).toBeInTheDocument()
  })

  it('a document of 1815–1946 names its years, and with no quotes says so plainly', () => {
    renderViewer(centuries)
    expect(screen.getByRole('heading', { name: 'Explore 1815–1946' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Fit all' })).toHaveAttribute(
      'title',
      'Show all of 1815–1946 (0)',
    )
    expect(screen.getByText('No quotes in this timeline.')).toBeInTheDocument()
    expect(screen.queryByText(/No quotes match/)).toBeNull()
  })

  it('the header’s zone line follows the zone switch', async () => {
    const user = userEvent.setup()
    renderViewer(summit)
    expect(screen.getByText(/· times in AKDT$/)).toBeInTheDocument()
    expect(screen.queryByText(/unless you choose/)).toBeNull()
    await user.click(screen.getByRole('button', { name: /Display/ }))
    const zones = await screen.findByRole('radiogroup', { name: 'Times in' })
    await act(() => user.click(within(zones).getByRole('radio', { name: 'UTC' })))
    expect(screen.getByText(/· times in UTC$/)).toBeInTheDocument()
  })
})
