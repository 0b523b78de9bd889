import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsvTimeline } from '../../src/data-io/csv/importCsv'
import { exportCsv } from '../../src/data-io/csv/exportCsv'
import { exportJson } from '../../src/data-io/exportJson'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { renderViewer } from './renderViewer'

const media = {
  src: 'https://example.org/springfield/vote.jpg',
  alt: 'Council members raise their hands in the chamber',
  credit: 'Springfield City Clerk (fictional)',
  caption: 'The final vote.',
}
function council(withMedia: unknown = media) {
  const raw = JSON.parse(readFileSync('tests/fixtures/council/council.json', 'utf8'))
  raw.events[6].media = withMedia
  return raw
}

describe('an event’s image', { timeout: 30_000 }, () => {
  it('is requested only when its event is opened, lazily, with its alt text and credit', async () => {
    const user = userEvent.setup()
    renderViewer(council())
    expect(document.querySelector('img')).toBeNull()
    await user.click(screen.getByRole('tab', { name: /The bus-lane budget passes 6–1/ }))
    // The image's component loads on demand.
    const img = await screen.findByRole('img', { name: media.alt })
    expect(img).toHaveAttribute('src', media.src)
    expect(img).toHaveAttribute('loading', 'lazy')
    expect(img.style.maxWidth).toBe('100%')
    expect(screen.getByText(/The final vote\./)).toHaveTextContent(`Credit: ${media.credit}`)
  })

  it('survives export and import, as JSON and as CSV', () => {
    const doc = parseTimeline(council()).document!
    const fromJson = parseTimeline(JSON.parse(exportJson(doc))).document!
    expect(fromJson.events[6]!.media).toEqual(media)
    const fromCsv = parseCsvTimeline(exportCsv(doc))
    expect(fromCsv.problems).toEqual([])
    expect(fromCsv.document!.events[6]!.media).toEqual(media)
  })

  it('needs alt text, and takes only https or relative addresses', () => {
    const noAlt = parseTimeline(council({ src: media.src }))
    expect(noAlt.problems).toEqual([
      expect.objectContaining({
        path: '$.events[6].media.alt',
        where: 'Event 7, “The bus-lane budget passes 6–1”, media.alt',
        message: 'is missing (text is required); the image is not shown.',
        severity: 'warning',
      }),
    ])
    // The event itself stays.
    expect(noAlt.document!.events).toHaveLength(8)
    for (const src of ['javascript:alert(1)', 'http://example.org/a.jpg', '//evil.example/a.jpg']) {
      const r = parseTimeline(council({ ...media, src }))
      expect(r.document!.events[6]!.media, src).toBeUndefined()
      expect(r.problems.map((p) => p.path)).toEqual(['$.events[6].media.src'])
    }
    expect(
      parseTimeline(council({ ...media, src: 'images/vote.jpg' })).document!.events[6]!.media?.src,
    ).toBe('images/vote.jpg')
  })
})
