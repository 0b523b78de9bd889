import { describe, expect, it } from 'vitest'
import { presentFields } from '../../src/domain/presentFields'
import { eventSchema, quoteSchema } from '../../src/domain/schema'

// The parser checks each event and quote against only the fields it has (a large document checks
// faster); what it accepts, keeps and reports must be exactly what the whole schema says.
const events: unknown[] = [
  { id: 'e1', kind: 'talks', title: 'Talks', start: '2025-08-15T11:30:00-08:00' },
  { id: 'e2', kind: 'talks', title: '  Padded  ', start: '2025-08-15', extra: 'stripped' },
  {
    id: 'e3',
    kind: 'talks',
    title: 'Everything',
    start: '2025-08-15T11:30:00-08:00',
    end: '2025-08-15T14:15:00-08:00',
    timing: {
      start: { precision: 'approximate', note: 'About' },
      duration: { label: 'nearly three hours' },
    },
    summary: 'A summary',
    place: 'JBER',
    participants: ['trump'],
    sources: ['s1'],
    quotes: [{}],
    media: { src: 'x.png' },
    granularity: { start: 'month' },
  },
  { kind: 'talks', title: 'No id', start: '2025-08-15' },
  { id: 'bad id', title: '', start: 5 },
  {
    id: 'e4',
    kind: 'talks',
    title: 'Bad optional',
    start: '2025-08-15',
    place: 7,
    timing: { start: {} },
  },
  { id: 'e5', kind: 'talks', title: 'Undefined field', start: '2025-08-15', end: undefined },
  { id: 'e6', kind: 'talks', title: 'Bad unit', start: '2025-08', granularity: { start: 'week' } },
  {},
  null,
  'an event',
  [{ id: 'e7' }],
  42,
]

const quotes: unknown[] = [
  { id: 'q1', speaker: 'trump', text: 'Next time in Moscow' },
  { id: 'q2', speaker: 'putin', text: 'words', interpreted: 'yes', aliases: Array(21).fill('a') },
  {
    id: 'q3',
    speaker: ' ',
    text: 'words',
    verbatimIn: ['s1'],
    sources: ['s1'],
    note: 'n',
    context: 'c',
  },
  { speaker: 'trump' },
]

describe('presentFields', () => {
  it.each(events.map((e, i) => [i, e]))('checks event %i as the whole schema does', (_, input) => {
    expect(presentFields(eventSchema)(input)).toEqual(eventSchema.safeParse(input))
  })

  it.each(quotes.map((q, i) => [i, q]))('checks quote %i as the whole schema does', (_, input) => {
    expect(presentFields(quoteSchema)(input)).toEqual(quoteSchema.safeParse(input))
  })

  it('still answers as the schema does past its store of field sets', () => {
    const check = presentFields(eventSchema)
    const optional = [
      'end',
      'timing',
      'summary',
      'place',
      'participants',
      'sources',
      'quotes',
      'media',
    ]
    // Every subset of eight optional fields: 256 sets, more than are kept.
    for (let set = 0; set < 1 << optional.length; set++) {
      const input: Record<string, unknown> = { id: `e${set}`, kind: 'k', title: 't', start: 'x' }
      optional.forEach((key, i) => {
        if (set & (1 << i)) input[key] = key === 'place' ? 3 : undefined
      })
      expect(check(input)).toEqual(eventSchema.safeParse(input))
    }
  })
})
