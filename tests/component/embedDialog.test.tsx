import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import EmbedDialogWithFile from '../../src/app/EmbedDialogWithFile'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { createTimelineStore, type DocumentOrigin } from '../../src/store/createTimelineStore'
import { TimelineProvider } from '../../src/store/TimelineContext'
import { sampleDocument } from '../fixtures/sampleDocument'

const TEMPLATE =
  '<html><head><meta name="description" content="The summit." /><title>Embed</title></head>' +
  '<body><div id="root"></div></body></html>'

function renderDialog(origin: DocumentOrigin) {
  const { document } = parseTimeline(sampleDocument)
  const store = createTimelineStore(document!, { origin })
  render(
    <TimelineProvider document={document!} store={store}>
      <EmbedDialogWithFile theme="light" onClose={() => {}} />
    </TimelineProvider>,
  )
  return screen.getByRole('dialog', { name: 'Embed this timeline' })
}

afterEach(() => vi.unstubAllGlobals())

describe('the embed dialog', () => {
  it('for a file or a paste, says to publish it first and offers the two ways, with the CORS header', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response(TEMPLATE)))
    const user = userEvent.setup()
    const dialog = renderDialog('local')
    expect(within(dialog).getByText('Publish this file first.')).toBeInTheDocument()
    expect(within(dialog).getByText('Access-Control-Allow-Origin: *')).toBeInTheDocument()
    expect(within(dialog).queryByRole('textbox', { name: 'Embed code' })).toBeNull()
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Address where you will publish the JSON' }),
      'https://news.example/council.json',
    )
    const code = within(dialog).getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Embed code for the published JSON',
    })
    expect(code.value).toContain('src=https%3A%2F%2Fnews.example%2Fcouncil.json')
    // The preview is the standalone page of this very document.
    const preview = await within(dialog).findByTitle('Preview: Example council evening')
    expect(preview.getAttribute('srcdoc')).toContain('"title": "Example council evening"')
    expect(preview).not.toHaveAttribute('src')
  })

  it('says plainly when the embed page cannot be fetched to make a standalone page', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('offline')))
    const dialog = renderDialog('local')
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'could not be fetched, so no standalone page can be made here',
    )
    expect(
      within(dialog).getByRole('button', { name: 'Download the embed page (.html)' }),
    ).toBeDisabled()
  })

  it('for the built-in or an addressed document, gives the embed code at once', () => {
    const dialog = renderDialog('builtin')
    expect(within(dialog).queryByText('Publish this file first.')).toBeNull()
    const code = within(dialog).getByRole<HTMLTextAreaElement>('textbox', { name: 'Embed code' })
    expect(code.value).toContain('embed.html?embedId=')
  })
})
