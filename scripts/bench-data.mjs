// Seeded synthetic timeline documents for the benchmark (CONTRACT §1 format). Same seed and
// size, same document, byte for byte: runs on different days and machines compare like for like.
import { randomLcg, randomLogNormal, randomInt, randomUniform } from 'd3-random'

const KINDS = [
  'arrival',
  'greeting',
  'meeting',
  'press-availability',
  'closing-exchange',
  'departure',
  'briefing',
  'statement',
]
const SPEAKERS = [
  ['chair', 'R. Chair', 'Chair'],
  ['minister', 'L. Minister', 'Foreign minister'],
  ['envoy', 'K. Envoy', 'Special envoy'],
  ['spokes', 'T. Spokesperson', 'Press secretary'],
  ['aide', 'M. Aide', 'Adviser'],
  ['mayor', 'A. Mayor', 'Mayor'],
  ['reporter', 'J. Reporter', 'Correspondent'],
  ['analyst', 'S. Analyst', null],
]
const WORDS = (
  'we will talk about the agreement today and the people expect progress on trade security ' +
  'energy borders talks were productive constructive frank there is no deal until there is a ' +
  'deal our teams meet again next week the region needs peace and we respect that'
).split(' ')
const TITLE_WORDS = ['Talks', 'Arrival', 'Briefing', 'Dinner', 'Walk', 'Statement', 'Session']
const START_MS = Date.UTC(2025, 0, 1)
/** Average gap between events: bursts make some stretches far denser than this. */
const MEAN_GAP_MS = 12 * 60_000

/** A seeded document of `events` events: 30% with durations, 0–3 quotes each. */
export function generateDocument({ events: count, seed = 1 }) {
  const source = randomLcg(seed)
  const u = randomUniform.source(source)(0, 1)
  const pick = (list) => list[Math.floor(u() * list.length)]
  const quoteCount = randomInt.source(source)(0, 4)
  const durationMin = randomLogNormal.source(source)(Math.log(45), 1)
  const sentence = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ')

  const events = []
  let t = START_MS
  let q = 0
  for (let i = 0; i < count; i++) {
    // Mostly spread out, with bursts of events minutes apart (a busy day in a long story).
    // Whole seconds: the ISO strings stay short and plain.
    t += Math.round(((u() < 0.2 ? u() * 0.05 : u() * 2) * MEAN_GAP_MS) / 1000) * 1000 + 1000
    const id = `e${i}`
    const event = {
      id,
      kind: pick(KINDS),
      title: `${pick(TITLE_WORDS)} ${i} ${sentence(1 + Math.floor(u() * 4))}`,
      start: new Date(t).toISOString().replace('.000Z', 'Z'),
    }
    if (u() < 0.3) {
      const minutes = Math.max(1, Math.min(60 * 24 * 3, Math.round(durationMin())))
      event.end = new Date(t + minutes * 60_000).toISOString().replace('.000Z', 'Z')
    }
    const quotes = []
    for (let k = quoteCount(); k > 0; k--) {
      const text = sentence(6 + Math.floor(u() * 14))
      quotes.push({
        id: `q${q++}`,
        speaker: pick(SPEAKERS)[0],
        text: `${text[0].toUpperCase()}${text.slice(1)}.`,
      })
    }
    if (quotes.length > 0) event.quotes = quotes
    events.push(event)
  }
  return {
    title: `Benchmark: ${count.toLocaleString('en-US')} events`,
    timezone: 'UTC',
    speakers: SPEAKERS.map(([id, name, role]) => (role ? { id, name, role } : { id, name })),
    sources: [{ id: 'synthetic', title: 'Synthetic data for the benchmark' }],
    events,
  }
}
