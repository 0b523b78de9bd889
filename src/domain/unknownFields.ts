import {
  documentSchema,
  eraSchema,
  eventSchema,
  kindSchema,
  mediaSchema,
  quoteSchema,
  sourceSchema,
  speakerSchema,
  timeDetailSchema,
  viewSchema,
} from './schema'
import { isRecord } from './isRecord'

/**
 * Fields the format does not know are reported, not refused: a typo ("titel") should be visible,
 * and a document written for a later, compatible version should still open. The known names come
 * from the zod schema itself, so the two cannot drift apart.
 */

type Warn = (path: string, message: string) => void

const keysOf = (shape: object): ReadonlySet<string> => new Set(Object.keys(shape))
const timingShape = eventSchema.shape.timing.unwrap().shape

const KNOWN = {
  document: keysOf(documentSchema.shape),
  view: keysOf(viewSchema.shape),
  speaker: keysOf(speakerSchema.shape),
  source: keysOf(sourceSchema.shape),
  event: keysOf(eventSchema.shape),
  timing: keysOf(timingShape),
  detail: keysOf(timeDetailSchema.shape),
  duration: keysOf(timingShape.duration.unwrap().shape),
  media: keysOf(mediaSchema.shape),
  quote: keysOf(quoteSchema.shape),
  kind: keysOf(kindSchema.shape),
  era: keysOf(eraSchema.shape),
}

/** Names a key safely inside a path: plain names as `.name`, anything else quoted. */
function keyPath(base: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`
}

/** A path built only when a warning needs it: most documents have no unknown field at all. */
type Path = () => string

function check(value: unknown, known: ReadonlySet<string>, path: Path, warn: Warn): void {
  if (!isRecord(value)) return
  for (const key in value) {
    if (!Object.hasOwn(value, key) || known.has(key)) continue
    const name = key.length > 60 ? `${key.slice(0, 60)}…` : key
    warn(keyPath(path(), key), `Unknown field "${name}" is ignored.`)
  }
}

function eachItem(list: unknown, path: Path, visit: (item: unknown, path: Path) => void) {
  if (!Array.isArray(list)) return
  for (let i = 0; i < list.length; i++) visit(list[i], () => `${path()}[${i}]`)
}

/** Warns about every field, at any depth, that the format does not define. */
export function reportUnknownFields(doc: Record<string, unknown>, warn: Warn): void {
  check(doc, KNOWN.document, () => '$', warn)
  check(doc.view, KNOWN.view, () => '$.view', warn)
  eachItem(
    doc.speakers,
    () => '$.speakers',
    (s, p) => check(s, KNOWN.speaker, p, warn),
  )
  eachItem(
    doc.sources,
    () => '$.sources',
    (s, p) => check(s, KNOWN.source, p, warn),
  )
  eachItem(
    doc.eras,
    () => '$.eras',
    (e, p) => check(e, KNOWN.era, p, warn),
  )
  eachItem(
    doc.kinds,
    () => '$.kinds',
    (k, p) => check(k, KNOWN.kind, p, warn),
  )
  eachItem(
    doc.events,
    () => '$.events',
    (event, path) => {
      check(event, KNOWN.event, path, warn)
      if (!isRecord(event)) return
      check(event.media, KNOWN.media, () => `${path()}.media`, warn)
      const timing = event.timing
      check(timing, KNOWN.timing, () => `${path()}.timing`, warn)
      if (isRecord(timing)) {
        check(timing.start, KNOWN.detail, () => `${path()}.timing.start`, warn)
        check(timing.end, KNOWN.detail, () => `${path()}.timing.end`, warn)
        check(timing.duration, KNOWN.duration, () => `${path()}.timing.duration`, warn)
      }
      eachItem(
        event.quotes,
        () => `${path()}.quotes`,
        (q, p) => check(q, KNOWN.quote, p, warn),
      )
    },
  )
}
