import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { App } from '../../src/app/App'
import { ProblemsNotice } from '../../src/ui/ProblemsNotice'
import { parseCsvTimeline } from '../../src/data-io/csv/importCsv'
import { parseTimeline } from '../../src/domain/parseTimeline'

const council = () => JSON.parse(readFileSync('tests/fixtures/council/council.json', 'utf8'))

describe('messages a producer can act on', { timeout: 30_000 }, () => {
  it('names the event by number and title, with the path for developers, and starts open', () => {
    const doc = council()
    doc.events[6].start = '2026-02-30'
    const { problems } = parseTimeline(doc)
    render(<ProblemsNotice problems={problems} />)
    const [item, dropped] = screen.getAllByRole('listitem')
    expect(item).toHaveTextContent(
      'Event 7, “The bus-lane budget passes 6–1”, start: 2026-02-30 is not a real calendar date; this event is skipped.',
    )
    expect(item).toHaveTextContent('($.events[6].start)')
    expect(dropped).toHaveTextContent('quote 1 by Ray Kim, “This is a good night for everyone')
    expect(screen.getByRole('group')).toHaveAttribute('open')
  })

  it('names each quote dropped with its event', () => {
    const doc = council()
    delete doc.events[4].kind
    const { problems } = parseTimeline(doc)
    render(<ProblemsNotice problems={problems} />)
    const dropped = screen
      .getAllByRole('listitem')
      .filter((li) => li.textContent?.includes('This quote is dropped'))
    expect(dropped.map((li) => li.textContent?.split(':')[0])).toEqual([
      'Event 5, “The council debates the budget line”, quote 1 by Ray Kim, “We have studied this for two years; the riders…”',
      'Event 5, “The council debates the budget line”, quote 2 by Lou Fischer, “I support buses, but not a budget that spends the…”',
      "Event 5, “The council debates the budget line”, quote 3 by Alma Reyes, “Let's fund the first mile now and measure before…”",
    ])
  })

  it('says a zoneless CSV is shown at its offset, in a list that starts closed (warnings only)', () => {
    const rows = readFileSync('tests/fixtures/council/council.csv', 'utf8').split('\n')
    const { problems } = parseCsvTimeline([rows[0], ...rows.slice(2)].join('\n'))
    render(<ProblemsNotice problems={problems} />)
    expect(screen.getByRole('group')).not.toHaveAttribute('open')
    expect(screen.getByText(/shown at that offset \(UTC-06:00\)/)).toBeInTheDocument()
  })

  it('gives a JSON syntax error’s line, column and the text around it', async () => {
    const user = userEvent.setup()
    render(<App />)
    await user.click(screen.getByRole('button', { name: /Producer tools/ }))
    await screen.findByRole('button', { name: 'Open file…' })
    const text = '{\n  "title": "Council",,\n  "events": []\n}'
    const file = new File([text], 'council.json', { type: 'application/json' })
    await user.upload(document.querySelector<HTMLInputElement>('[data-file-input]')!, file)
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Line 2, column 22: two commas in a row, near “"title": "Council",,”.',
      ),
    )
  })
})
