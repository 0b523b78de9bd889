/**
 * A document at every maximum length of the format (src/domain/schema.ts): titles, names, roles,
 * summaries, quotes, notes and sources as long as they may be, with words longer than any screen
 * and a right-to-left override left open in the title and a quote.
 */
const RLO = '\u202e'

/** `n` characters: long words (no space for 90 characters), then ordinary ones. */
function text(n: number, seed: string): string {
  const word = `${seed}${'x'.repeat(90)}`
  let out = word
  while (out.length < n) out += ` ${out.length % 3 === 0 ? word : 'words of ordinary length'}`
  return out.slice(0, n).trim()
}
const unbroken = (n: number, seed: string) => (seed + 'W'.repeat(n)).slice(0, n)

const speakers = [1, 2].map((i) => ({
  id: `speaker-${i}`,
  name: unbroken(200, `Speaker${i}`),
  role: unbroken(200, `Role${i}`),
}))

const sources = [1, 2].map((i) => ({
  id: `source-${i}`,
  title: unbroken(400, `Source${i}`),
  url: `https://example.org/${'p'.repeat(1900)}`,
  publisher: unbroken(200, `Publisher${i}`),
}))

const note = (seed: string) => ({
  precision: 'approximate',
  note: text(500, seed),
  sources: ['source-1'],
})

export const LONG_EVENT_IDS = ['long-1', 'long-2', 'long-3'] as const

export const longDocument = {
  version: 1,
  title: `Title${RLO}${unbroken(290, 'Reversed')}`,
  description: text(2000, 'Description'),
  timezone: 'UTC',
  speakers,
  sources,
  events: LONG_EVENT_IDS.map((id, i) => ({
    id,
    kind: unbroken(60, `kind${i}`),
    title: unbroken(200, `EventTitle${i}`),
    start: `2025-08-15T1${i}:00:00Z`,
    end: `2025-08-15T1${i}:30:00Z`,
    timing: {
      start: note('StartNote'),
      end: note('EndNote'),
      duration: { label: unbroken(200, 'Duration'), note: text(500, 'DurationNote') },
    },
    summary: text(2000, `Summary${i}`),
    place: unbroken(300, 'Place'),
    participants: ['speaker-1', 'speaker-2'],
    sources: ['source-1', 'source-2'],
    quotes: [1, 2].map((q) => ({
      id: `${id}-quote-${q}`,
      speaker: `speaker-${q}`,
      text: q === 1 ? `Said${RLO}${text(4990, 'Quote')}` : unbroken(5000, 'Unbroken'),
      context: text(1000, 'Context'),
      note: text(1000, 'Note'),
      sources: ['source-1', 'source-2'],
    })),
  })),
}
