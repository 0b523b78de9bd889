import { screen, waitFor } from '@testing-library/react'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { renderViewer } from './renderViewer'

describe('eras on the timeline', { timeout: 30_000 }, () => {
  it('draws each era as a band behind the marks, not as an event', async () => {
    const raw = JSON.parse(readFileSync('tests/fixtures/council/council.json', 'utf8'))
    raw.eras = [
      {
        title: 'The bus-lane item',
        start: '2026-03-03T18:35:00-06:00',
        end: '2026-03-03T20:48:00-06:00',
      },
    ]
    const { container } = renderViewer(raw)
    const surface = container.querySelector('[data-timeline-surface]')!
    // The bands load on demand.
    await waitFor(() => expect(surface.querySelectorAll('.era-band')).toHaveLength(1))
    expect(Number(surface.querySelector('.era-band')!.getAttribute('width'))).toBeGreaterThan(1)
    expect(surface.querySelector('.era-title')).toHaveTextContent('The bus-lane item')
    expect(screen.queryByRole('tab', { name: /The bus-lane item/ })).toBeNull()
    expect(screen.getAllByRole('tab')).toHaveLength(8)
  })
})
