import { readFileSync } from 'node:fs'
import { render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/app/App'

const fileInput = () => document.querySelector<HTMLInputElement>('[data-file-input]')!
const fixture = (path: string, type: string) =>
  new File([readFileSync(`tests/fixtures/${path}`, 'utf8')], path.split('/').pop()!, { type })
const heading = () => screen.getByRole('heading', { level: 1 })
const firstMark = () => document.querySelector('[role="tab"][data-event-id]')

/** Opens `file` with "Open file…" in the producer menu (its items load on demand). */
async function openFile(file: File) {
  const user = userEvent.setup()
  render(<App />)
  await user.click(screen.getByRole('button', { name: /Producer tools/ }))
  await screen.findByRole('button', { name: 'Open file…' })
  await user.upload(fileInput(), file)
  expect(await screen.findByText(`Showing “${file.name}”.`)).toBeInTheDocument()
}

afterEach(() => window.history.replaceState(null, '', '/'))

// The summit renders in full first: generous on a busy 2-core machine.
describe('opening other formats', { timeout: 30_000 }, () => {
  it('a TimelineJS file opens as a timeline, with what could not be mapped listed', async () => {
    await openFile(fixture('timelinejs/library-history.json', 'application/json'))
    expect(heading()).toHaveTextContent("An example library's history")
    expect(firstMark()).not.toBeNull()
    // The problems' notice loads on demand: it comes in a moment after the timeline.
    expect(
      await screen.findByText(/This document has (a problem|\d+ problems)/),
    ).toBeInTheDocument()
  })

  it('a CSV with bad rows opens what it can and names each bad line', async () => {
    await openFile(fixture('bad/bad-rows.csv', 'text/csv'))
    expect(heading()).not.toHaveTextContent('Trump and Putin in Alaska')
    expect(firstMark()).not.toBeNull()
    // With rows skipped the list starts open; each problem names its line.
    await waitFor(() =>
      expect(screen.getByText(/This document has \d+ problems/)).toBeInTheDocument(),
    )
    expect(screen.getAllByText(/line \d+/).length).toBeGreaterThan(0)
  })
})
