import { act, render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { Announcer } from '../../src/timeline/Announcer'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { createTimelineStore, type SelectionCause } from '../../src/store/createTimelineStore'
import { TimelineProvider } from '../../src/store/TimelineContext'
import { sampleDocument } from '../fixtures/sampleDocument'

function renderAnnouncer() {
  const { document } = parseTimeline(sampleDocument)
  if (!document) throw new Error('the sample document did not parse')
  const store = createTimelineStore(document)
  render(
    <TimelineProvider document={document} store={store}>
      <Announcer />
    </TimelineProvider>,
  )
  return store
}

const region = () => screen.getByRole('status')

describe('the announcer', () => {
  it('is one polite live region, empty until something is selected', () => {
    renderAnnouncer()
    expect(region()).toHaveAttribute('aria-live', 'polite')
    expect(region()).toHaveTextContent('')
  })

  it.each<SelectionCause>(['url', 'button', 'quote', 'list', 'host'])(
    'announces a selection by %s, which does not move focus, by title and time',
    (cause) => {
      const store = renderAnnouncer()
      act(() => store.getState().selectEvent('vote', cause))
      expect(region()).toHaveTextContent(/^Selected: Budget vote, about 7:30 PM/)
    },
  )

  it.each<SelectionCause>(['key', 'click'])(
    'stays quiet for a selection by %s, where focus is on the mark and its name is read',
    (cause) => {
      const store = renderAnnouncer()
      act(() => store.getState().selectEvent('vote', cause))
      expect(region()).toHaveTextContent('')
    },
  )

  it('names the quote’s event, never the words of the quote', () => {
    const store = renderAnnouncer()
    act(() => store.getState().selectQuote('q-doubt', 'quote'))
    expect(region()).toHaveTextContent(/^Selected: Budget vote/)
    expect(region()).not.toHaveTextContent('I doubt the numbers add up.')
  })
})
