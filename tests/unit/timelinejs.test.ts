import { readFileSync } from 'node:fs'
import { describeEventTime } from '../../src/domain/formatTime'
import { describe, expect, it } from 'vitest'
import { parseTimelineJs } from '../../src/data-io/timelinejs/convert'
import { isTimelineJsDocument } from '../../src/data-io/timelinejs/detect'
import { htmlToText } from '../../src/data-io/timelinejs/htmlToText'
import { sampleDocument } from '../fixtures/sampleDocument'

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/timelinejs/${name}.json`, 'utf8'))
const warnings = (problems: { path: string; severity: string }[]) =>
  problems.filter((p) => p.severity === 'warning').map((p) => p.path)

describe('TimelineJS import', () => {
  it('tells TimelineJS documents from Quoteline ones', () => {
    expect(isTimelineJsDocument(fixture('council-evening'))).toBe(true)
    expect(isTimelineJsDocument(fixture('library-history'))).toBe(true)
    expect(isTimelineJsDocument(sampleDocument)).toBe(false)
    for (const value of [null, [], 'x', { events: [] }])
      expect(isTimelineJsDocument(value)).toBe(false)
  })

  it('maps slides, headlines, text, groups and ids onto events, and the title slide onto the title', () => {
    const { document } = parseTimelineJs(fixture('council-evening'), 'Europe/Lisbon')
    expect(document?.title).toBe('Example Town Council: an evening')
    expect(document?.description).toBe(
      "An invented council evening, written for Quoteline's tests.",
    )
    expect(document?.timezone).toBe('Europe/Lisbon')
    expect(document?.events.map((e) => [e.id, e.kind, e.title])).toEqual([
      ['doors-open', 'arrival', 'Doors open'],
      ['budget-vote', 'meeting', 'Budget vote'],
      ['event-3', 'event', 'Minutes published'],
    ])
    const vote = document!.events[1]!
    expect(vote.summary).toBe('The example budget passes.\nSee the minutes.')
    expect(vote.startMs).toBe(Date.UTC(2026, 2, 4, 19, 30))
    expect(vote.end?.ms).toBe(Date.UTC(2026, 2, 4, 21, 5))
    expect(document!.events[2]!.start.precision).toBe('day')
  })

  it('lists everything it could not map as warnings, with TimelineJS paths', () => {
    const { problems } = parseTimelineJs(fixture('council-evening'))
    expect(warnings(problems)).toEqual(
      expect.arrayContaining(['$.events[1].text.text', '$.events[2].display_date', '$']),
    )
    expect(problems.every((p) => p.severity === 'warning')).toBe(true)
  })

  it('keeps media as links with one summary warning, never alt text made from a caption', () => {
    const { document, problems } = parseTimelineJs(fixture('council-evening'))
    const media = problems.filter((p) => p.message.includes('alt text'))
    expect(media).toEqual([
      expect.objectContaining({
        path: '$',
        message: expect.stringMatching(/^2 images or other media links are kept as links/),
      }),
    ])
    expect(problems.some((p) => p.path.endsWith('.media'))).toBe(false)
    const vote = document!.events.find((e) => e.id === 'budget-vote')!
    expect(vote.media).toBeUndefined()
    const link = document!.sources.find((s) => s.id === vote.sourceIds[0])
    expect(link).toEqual({
      id: 'media-2',
      title: 'Media: Example photographer',
      url: 'https://example.org/vote.jpg',
    })
  })

  it('keeps a year or a month alone as the whole period, and eras as eras', () => {
    const { document, problems } = parseTimelineJs(fixture('library-history'))
    const founded = document!.events.find((e) => e.title === 'The example library is founded')!
    expect(founded.startMs).toBe(Date.UTC(1901, 0, 1))
    expect(founded.endMs).toBe(Date.UTC(1902, 0, 1) - 1)
    const room = document!.events.find((e) => e.title === 'A reading room is added')!
    expect(room.endMs).toBe(Date.UTC(1951, 2, 1) - 1)
    expect(room.summary).toBe('Builders – from the town')
    expect(describeEventTime(founded, 'UTC')).toBe('1901')
    expect(describeEventTime(room, 'UTC')).toBe('June 1950 – February 1951')
    expect(document!.eras?.[0]?.title).toBe('The first building')
    // Nothing is lost in a year or a month alone, so only the background is warned about.
    expect(problems.map((p) => p.message)).toEqual([
      'One slide background is not used by Quoteline; not imported.',
    ])
  })

  it('turns hostile markup into text, skips slides it cannot read, and says why for each', () => {
    const { document, problems } = parseTimelineJs(fixture('hostile'))
    expect(document?.title).toBe('Example hostile timeline')
    const first = document!.events[0]!
    expect(first.title).toBe('A fine event')
    expect(first.summary).toBe('click <b>not bold</b>')
    expect(document!.events.map((e) => e.id)).toEqual(['good', 'event-2'])
    const errors = problems.filter((p) => p.severity === 'error').map((p) => p.path)
    expect(errors).toEqual(
      expect.arrayContaining([
        '$.events[2].start_date.day',
        '$.events[3].start_date.year',
        '$.events[4].start_date',
        '$.events[5].start_date.hour',
        '$.events[6]',
      ]),
    )
    expect(warnings(problems)).toEqual(
      expect.arrayContaining(['$.tracking', '$.events[1].unique_id', '$.events[0].text.text']),
    )
  })

  it('reduces HTML to text without a live DOM: tags, comments, scripts and entities', () => {
    expect(htmlToText('<p>One</p><p>Two &amp; <b>three</b></p>')).toBe('One\nTwo & three')
    expect(htmlToText('a<script>alert(1)</script>b<!-- c -->d')).toBe('a b d')
    expect(htmlToText('&#x1F600; &#0; &bogus; &lt;i&gt;')).toBe('😀 \uFFFD &bogus; <i>')
    expect(htmlToText('<a href="x" title=\'>\'>link</a> <unclosed')).toBe('link')
  })
})
