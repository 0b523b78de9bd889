import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import type * as FormatTime from '../../src/domain/formatTime'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { TimelineProvider } from '../../src/store/TimelineContext'
import type * as KindShapeModule from '../../src/ui/KindShape'
import { Timeline } from '../../src/timeline/Timeline'
import { sampleDocument } from '../fixtures/sampleDocument'

const counts = vi.hoisted(() => ({ markRenders: 0, timesTold: 0 }))

// Every mark draws one kind shape, and nothing else on the timeline does: its renders count the
// marks' renders.
vi.mock('../../src/ui/KindShape', async (importOriginal) => {
  const real = await importOriginal<typeof KindShapeModule>()
  return {
    KindShape: (props: Parameters<typeof real.KindShape>[0]) => {
      counts.markRenders++
      return real.KindShape(props)
    },
  }
})
// A mark's accessible name tells its time in words; so does the tooltip, for its one event.
vi.mock('../../src/domain/formatTime', async (importOriginal) => {
  const real = await importOriginal<typeof FormatTime>()
  return {
    ...real,
    describeEventTime: (...args: Parameters<typeof real.describeEventTime>) => {
      counts.timesTold++
      return real.describeEventTime(...args)
    },
  }
})

const mark = (name: RegExp) => screen.getByRole('tab', { name })

describe('hovering a mark', () => {
  it('shows its title and time in a tooltip, and renders no mark nor any other name', async () => {
    const user = userEvent.setup()
    const { document: doc } = parseTimeline(sampleDocument)
    render(
      <TimelineProvider document={doc!}>
        <Timeline />
      </TimelineProvider>,
    )
    const marks = screen.getAllByRole('tab')
    expect(marks).toHaveLength(3)
    // The first hover may wait for the tooltip's code, loaded on demand.
    await user.hover(mark(/^Opening of the session/))
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Opening of the session')
    await user.unhover(mark(/^Opening of the session/))
    expect(screen.queryByRole('tooltip')).toBeNull()

    counts.markRenders = 0
    counts.timesTold = 0
    await user.hover(mark(/^Budget vote/))
    const tip = await screen.findByRole('tooltip')
    expect(tip).toHaveTextContent('Budget vote')
    expect(tip.textContent).toContain(
      mark(/^Budget vote/)
        .getAttribute('aria-label')!
        .replace(/^Budget vote, /, ''),
    )
    // Only the tooltip rendered: the marks, and their accessible names, were left alone.
    expect(counts.markRenders).toBe(0)
    expect(counts.timesTold).toBe(1)
  })
})
