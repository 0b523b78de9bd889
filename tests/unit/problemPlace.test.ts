import { describe, expect, it } from 'vitest'
import { parseCsvTimeline } from '../../src/data-io/csv/importCsv'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { readFileSync } from 'node:fs'

const events = [
  { id: 'a', kind: 'procedure', title: 'Call to order', start: '2026-03-03T18:30:00-06:00' },
  { id: 'b', kind: 'debate', title: 'Debate', start: '2026-03-03T19:00:00-06:00' },
  {
    id: 'c',
    kind: 'vote',
    title: 'Final vote',
    start: '2026-02-30',
    quotes: [
      {
        id: 'q',
        speaker: 'kim',
        text: 'This is a good night for everyone who waits at a bus stop.',
      },
    ],
  },
]

describe('problems name what they are about, counting from 1', () => {
  it('names the event by its title and keeps the path for developers', () => {
    const { problems } = parseTimeline({
      speakers: [{ id: 'kim', name: 'Ray Kim' }],
      events,
    })
    expect(problems[0]).toEqual({
      path: '$.events[2].start',
      where: 'Event 3, “Final vote”, start',
      message: '2026-02-30 is not a real calendar date; this event is skipped.',
      severity: 'error',
    })
  })

  it('names every quote dropped with its event, by speaker and first words', () => {
    const { problems } = parseTimeline({ speakers: [{ id: 'kim', name: 'Ray Kim' }], events })
    expect(problems[1]).toMatchObject({
      path: '$.events[2].quotes[0]',
      where:
        'Event 3, “Final vote”, quote 1 by Ray Kim, “This is a good night for everyone who waits at a…”',
      message: 'This quote is dropped, because its event cannot be shown.',
    })
  })

  it('names a quote whose speaker is unknown, and speakers and sources by name', () => {
    const { problems } = parseTimeline({
      speakers: [{ id: 'ortiz', name: 'Dana Ortiz' }],
      sources: [{ id: 'v', title: 'Meeting video', url: 'javascript:alert(1)' }],
      events: [{ ...events[2], start: '2026-03-03' }],
    })
    expect(problems.map((p) => p.where)).toEqual([
      'Source 1, “Meeting video”, url',
      'Event 1, “Final vote”, quote 1 by kim, “This is a good night for everyone who waits at a…”, speaker',
    ])
  })

  it('says which quote a CSV row with a mistyped event id lost, and asks about the id', () => {
    const { problems } = parseCsvTimeline(
      readFileSync('tests/fixtures/bad/mistyped-event-id.csv', 'utf8'),
    )
    const dropped = problems.find((p) => p.message.includes('quote is dropped'))
    expect(dropped?.where).toMatch(/^Event 2 \(id “debtae”\), quote 1 by Ray Kim, “We have studied/)
    expect(dropped?.path).toBe('line 3')
    expect(problems.map((p) => p.message)).toContainEqual(
      expect.stringContaining('is “debtae” a mistyped id of another event?'),
    )
  })
})
