import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { studioServices } from '../../src/app/studio/services'
import { download } from '../../src/lib/download'
import { fromRaw } from '../../src/studio/content'
import { createStudioStore } from '../../src/studio/createStudioStore'
import { metaPatch } from '../../src/studio/edits'
import { PublishPanel } from '../../src/studio/publish/PublishPanel'
import { StudioProvider } from '../../src/studio/StudioContext'
import type { StudioServices } from '../../src/studio/services'

vi.mock('../../src/lib/download', () => ({ download: vi.fn() }))

const RLO = '\u202e'
const doc = {
  version: 1,
  title: `${RLO}Council votes`,
  timezone: 'UTC',
  events: [
    {
      id: 'vote',
      kind: 'meeting',
      title: 'Budget vote',
      start: '2026-03-04T19:30:00Z',
      quotes: [{ id: 'q1', speaker: 'A. Mayor', text: 'This budget is a promise we can keep.' }],
    },
  ],
}

const services: StudioServices = {
  ...studioServices,
  standalonePage: vi.fn(async (json: string) => `<html>${json}</html>`),
}

function setup(raw: unknown = doc) {
  const store = createStudioStore(fromRaw(raw))
  render(
    <StudioProvider store={store}>
      <PublishPanel services={services} />
    </StudioProvider>,
  )
  return { store, user: userEvent.setup() }
}

beforeEach(() => vi.mocked(download).mockClear())

describe('PublishPanel', () => {
  it('downloads the draft as the JSON of the format, named from its title', async () => {
    const { user } = setup()
    expect(screen.getByText(/Ready to publish/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Download the JSON' }))
    const [blob, name] = vi.mocked(download).mock.calls[0]!
    expect(name).toBe('council-votes.json')
    expect(JSON.parse(await blob.text())).toEqual(doc)
  })

  it('downloads the draft as it is, even right after an edit', async () => {
    const { store, user } = setup()
    act(() => store.getState().apply([metaPatch(store.getState().content, ['title'], 'Renamed')!]))
    await user.click(screen.getByRole('button', { name: 'Download the JSON' }))
    const [blob, name] = vi.mocked(download).mock.calls[0]!
    expect(name).toBe('renamed.json')
    expect(JSON.parse(await blob.text())).toMatchObject({ title: 'Renamed' })
    expect(await screen.findByRole('heading', { name: 'Publish “Renamed”' })).toBeInTheDocument()
  })

  it('downloads the standalone page with the document inside', async () => {
    const { user } = setup()
    await user.click(screen.getByRole('button', { name: 'Download the standalone page' }))
    await waitFor(() => expect(download).toHaveBeenCalled())
    const [blob, name] = vi.mocked(download).mock.calls[0]!
    expect(name).toBe('council-votes.html')
    expect(await blob.text()).toContain('This budget is a promise we can keep.')
  })

  it('says plainly when the standalone page cannot be made here', async () => {
    const store = createStudioStore(fromRaw(doc))
    const failing = { ...services, standalonePage: () => Promise.reject(new Error('dev server')) }
    render(
      <StudioProvider store={store}>
        <PublishPanel services={failing} />
      </StudioProvider>,
    )
    await userEvent
      .setup()
      .click(screen.getByRole('button', { name: 'Download the standalone page' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(/could not be made here/)
    expect(download).not.toHaveBeenCalled()
  })

  it('writes the embed code for the address given, and copies it', async () => {
    const { user } = setup()
    const field = screen.getByRole('textbox', { name: 'Address where the JSON will be' })
    await user.type(field, 'news.example/council.json')
    expect(screen.getByText(/Write the whole address/)).toBeInTheDocument()
    await user.clear(field)
    await user.type(field, 'https://news.example/council.json')
    const code = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Embed code for the JSON',
    })
    expect(code.value).toContain('embed.html?src=https%3A%2F%2Fnews.example%2Fcouncil.json')
    await user.click(screen.getByRole('button', { name: 'Copy the embed code for the JSON' }))
    expect(await screen.findByText('Copied.')).toBeInTheDocument()
    expect(await navigator.clipboard.readText()).toBe(code.value)

    await user.type(
      screen.getByRole('textbox', { name: 'Address where the page will be' }),
      'https://news.example/council.html',
    )
    const page = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Embed code for the page',
    })
    expect(page.value).toContain('<iframe src="https://news.example/council.html"')
  })

  it('shows the checklist: where to upload, the CORS header, how to update', () => {
    setup()
    const list = screen.getByRole('region', { name: 'Before you publish' })
    expect(list).toHaveTextContent(/Any static web host/)
    expect(list).toHaveTextContent('Access-Control-Allow-Origin: *')
    expect(list).toHaveTextContent(/upload it under the same name/)
  })

  it('names what errors leave out, and allows no download of a draft that would not load', () => {
    const broken = {
      ...doc,
      events: [{ ...doc.events[0], start: 'tomorrow' }],
    }
    setup(broken)
    expect(screen.getByRole('alert')).toHaveTextContent(/cannot be published yet/)
    expect(screen.getByRole('alert')).toHaveTextContent(/Event 1, “Budget vote”, start/)
    expect(screen.getByRole('button', { name: 'Download the JSON' })).toBeDisabled()
    expect(screen.getByRole('button', { name: 'Download the standalone page' })).toBeDisabled()
  })

  it('allows the download when some items are left out, and says which', () => {
    setup({
      ...doc,
      events: [...doc.events, { id: 'bad', kind: 'k', title: 'Later', start: 'soon' }],
    })
    expect(screen.getByText(/1 problem leaves something out/)).toBeInTheDocument()
    expect(screen.getByText(/Event 2, “Later”, start/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Download the JSON' })).toBeEnabled()
  })
})
