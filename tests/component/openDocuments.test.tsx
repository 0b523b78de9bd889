import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { App } from '../../src/app/App'
import { sampleDocument } from '../fixtures/sampleDocument'

const fileInput = () => document.querySelector<HTMLInputElement>('[data-file-input]')!
/** Opens the producer menu, where "Open file…" and "Paste…" live (its items load on demand). */
async function openTools(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: /Producer tools/ }))
  await screen.findByRole('button', { name: 'Open file…' })
}
/** Opens the app's Paste dialog (it loads on demand) and returns its text box, focused. */
async function pasteBox(user: ReturnType<typeof userEvent.setup>) {
  render(<App />)
  await user.click(screen.getByRole('button', { name: /Producer tools/ }))
  await user.click(await screen.findByRole('button', { name: 'Paste…' }))
  const box = await screen.findByRole('textbox', { name: /The document’s text/ })
  await user.click(box)
  return box
}
const jsonFile = (body: unknown, name = 'council.json') =>
  new File([typeof body === 'string' ? body : JSON.stringify(body)], name, {
    type: 'application/json',
  })
/**
 * Waits until the page catches what is dropped or pasted onto it: that code loads once the
 * timeline is drawn. Told by a drag over the page, which the page then always takes.
 */
const catching = () =>
  waitFor(() => {
    const over = new Event('dragover', { bubbles: true, cancelable: true })
    window.dispatchEvent(over)
    expect(over.defaultPrevented).toBe(true)
  })
const selected = () =>
  document.querySelector('[role="tab"][data-selected="true"]')?.getAttribute('data-event-id')

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

// The summit renders in full several times here: generous on a busy 2-core machine.
describe('opening another timeline', { timeout: 30_000 }, () => {
  it('a file opens in place of the summit, and undo brings the summit back with its selection', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/#event=putin-lands')
    render(<App />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Trump and Putin in Alaska')
    await waitFor(() => expect(selected()).toBe('putin-lands'))

    await openTools(user)
    await user.upload(fileInput(), jsonFile(sampleDocument))
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Example council evening',
      ),
    )
    // The notice loads its code on demand: it follows the new document.
    expect(await screen.findByText(/Showing “council.json”/)).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: /Undo/ }))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Trump and Putin in Alaska')
    expect(selected()).toBe('putin-lands')
  })

  it('a file that fails says why and keeps the timeline and its selection', async () => {
    const user = userEvent.setup()
    window.history.replaceState(null, '', '/#event=putin-lands')
    render(<App />)
    await waitFor(() => expect(selected()).toBe('putin-lands'))
    await openTools(user)
    await user.upload(fileInput(), jsonFile('{"events": [', 'broken.json'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('“broken.json” could not be opened')
    expect(alert).toHaveTextContent('is not valid JSON')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Trump and Putin in Alaska')
    expect(selected()).toBe('putin-lands')

    await user.upload(fileInput(), jsonFile({ events: [{ id: 'x' }] }, 'empty.json'))
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('no event that can be shown'),
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Trump and Putin in Alaska')
  })

  it('a document pasted onto the page opens; text pasted into a field does not', async () => {
    render(<App />)
    await catching()
    const paste = (target: Element, text: string) =>
      fireEvent.paste(target, { clipboardData: { getData: () => text } })
    const search = screen.getByRole('searchbox')
    paste(search, JSON.stringify(sampleDocument))
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Trump and Putin in Alaska')
    paste(document.body, JSON.stringify(sampleDocument))
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Example council evening',
      ),
    )
  })

  it('the Paste dialog says why text is no document, keeps it to be fixed, then opens CSV', async () => {
    const user = userEvent.setup()
    const box = await pasteBox(user)
    await user.paste('not a timeline at all')
    await user.click(screen.getByRole('button', { name: 'Open' }))
    const dialog = box.closest('dialog')!
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'It could not be opened; your text is still here.',
    )
    expect(box).toHaveValue('not a timeline at all')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Trump and Putin in Alaska')

    await user.clear(box)
    await user.paste('event_id,kind,title,start\nvote,vote,Budget vote,2026-03-02T19:30:00Z\n')
    await user.click(screen.getByRole('button', { name: 'Open' }))
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Trump'),
    )
    expect(document.querySelector('[role="tab"][data-event-id="vote"]')).not.toBeNull()
    expect(screen.queryByRole('textbox', { name: /The document’s text/ })).toBeNull()
  })

  it('rows copied from a spreadsheet (tabs) and pasted open as a timeline', async () => {
    const user = userEvent.setup()
    await pasteBox(user)
    // As Google Sheets copies cells: tabs between them, a title with a comma kept whole.
    await user.paste(
      'event_id\tkind\ttitle\tstart\nvote\tvote\tBudget passes, 5 to 2\t2026-03-02T19:30:00Z\n',
    )
    await user.click(screen.getByRole('button', { name: 'Open' }))
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Trump'),
    )
    const mark = document.querySelector('[role="tab"][data-event-id="vote"]')
    expect(mark).toHaveAccessibleName(/Budget passes, 5 to 2/)
  })

  it('a dropped file opens, and a drop never lets the browser navigate away', async () => {
    render(<App />)
    await catching()
    const file = jsonFile(sampleDocument)
    const drop = new Event('drop', { bubbles: true, cancelable: true })
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file], types: ['Files'] } })
    window.dispatchEvent(drop)
    expect(drop.defaultPrevented).toBe(true)
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
        'Example council evening',
      ),
    )
    const over = new Event('dragover', { bubbles: true, cancelable: true })
    Object.defineProperty(over, 'dataTransfer', { value: { types: ['text/uri-list'] } })
    window.dispatchEvent(over)
    expect(over.defaultPrevented).toBe(true)
  })

  it('a file dragged over the page says where to drop it (drawn from code loaded then)', async () => {
    render(<App />)
    await catching()
    const drag = (type: string) => {
      const e = new Event(type, { bubbles: true, cancelable: true })
      Object.defineProperty(e, 'dataTransfer', { value: { types: ['Files'] } })
      window.dispatchEvent(e)
    }
    drag('dragenter')
    expect(await screen.findByText(/Drop a JSON, CSV or TimelineJS file/)).toBeInTheDocument()
    drag('dragleave')
    await waitFor(() =>
      expect(screen.queryByText(/Drop a JSON, CSV or TimelineJS file/)).toBeNull(),
    )
  })
})
