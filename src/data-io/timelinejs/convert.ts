import { parseTimeline } from '../../domain/parseTimeline'
import type { ParseResult, Problem } from '../../domain/types'
import { convertDate } from './dates'
import { keepMedia, summariseMedia, type MediaCtx } from './media'
import { hasLinksOrMedia, htmlToText } from './htmlToText'
import { isRecord } from '../../domain/isRecord'

/**
 * TimelineJS3 → the format as written. Slides become events, eras become eras,
 * the title slide gives the title and description. Whatever has no place in our model (media,
 * backgrounds, display dates…) is listed as a warning with its path, never dropped silently.
 */

type Raw = Record<string, unknown>
const SAFE_ID = /^[A-Za-z0-9._~-]{1,120}$/

// Media and backgrounds are counted and told about once, not once a slide (see `summarise`).
const SLIDE_KEYS = new Set([
  'start_date',
  'end_date',
  'text',
  'group',
  'unique_id',
  'media',
  'background',
])
const NOT_SHOWN: Readonly<Record<string, string>> = {
  display_date: 'Quoteline writes dates from start_date and end_date; display_date is not used.',
  autolink: 'Quoteline never turns text into links; autolink is not used.',
}
const TOP_KEYS = new Set(['title', 'events', 'eras', 'scale'])

export interface TimelineJsImport {
  raw: Raw
  problems: Problem[]
  /** For each raw event, the TimelineJS path it came from (`$.events[4]`, `$.eras[0]`). */
  origins: string[]
}

const warn = (path: string, message: string): Problem => ({ path, message, severity: 'warning' })

function listUnmapped(slide: Raw, path: string, problems: Problem[]): void {
  for (const key of Object.keys(slide)) {
    if (SLIDE_KEYS.has(key)) continue
    const name = key.length > 60 ? `${key.slice(0, 60)}…` : key
    problems.push(
      warn(`${path}.${name}`, NOT_SHOWN[key] ?? `Unknown field "${name}" is not imported.`),
    )
  }
  for (const key of ['start_date', 'end_date']) {
    const date = slide[key]
    if (isRecord(date) && date.display_date !== undefined) {
      problems.push(warn(`${path}.${key}.display_date`, NOT_SHOWN.display_date as string))
    }
  }
}

function plain(value: unknown, path: string, problems: Problem[]): string | undefined {
  if (typeof value !== 'string') return undefined
  if (hasLinksOrMedia(value)) {
    problems.push(warn(path, 'Links and images inside this text are not kept; only its words are.'))
  }
  return htmlToText(value) || undefined
}

/** Our fields have length limits that TimelineJS lacks: longer text is cut, and said so. */
function clip(text: string | undefined, max: number, path: string, ctx: Ctx): string | undefined {
  if (text === undefined || text.length <= max) return text
  ctx.problems.push(warn(path, `Longer than ${max} characters; shortened.`))
  return `${Array.from(text.slice(0, max)).slice(0, -2).join('')}…`
}

interface Ctx extends MediaCtx {
  timeZone: string
  ids: Set<string>
  timed: boolean
}

function uniqueId(wanted: unknown, fallback: string, path: string, ctx: Ctx): string {
  let id = typeof wanted === 'string' && SAFE_ID.test(wanted) ? wanted : fallback
  if (wanted !== undefined && id !== wanted) {
    ctx.problems.push(warn(`${path}.unique_id`, `Not a URL-safe id; the event is called "${id}".`))
  }
  for (let n = 2; ctx.ids.has(id); n++) id = `${fallback}-${n}`
  ctx.ids.add(id)
  return id
}

function convertSlide(slide: unknown, path: string, kind: string, n: number, ctx: Ctx): Raw | null {
  if (!isRecord(slide)) {
    ctx.problems.push({ path, message: 'A slide must be an object; skipped.', severity: 'error' })
    return null
  }
  listUnmapped(slide, path, ctx.problems)
  const start = convertDate(slide.start_date, ctx.timeZone)
  if (!start.ok) {
    const message = `start_date${start.field} ${start.message}; this slide is skipped.`
    ctx.problems.push({ path: `${path}.start_date${start.field}`, message, severity: 'error' })
    return null
  }
  const text = isRecord(slide.text) ? slide.text : {}
  if (slide.background !== undefined) ctx.backgrounds++
  const mediaSource = keepMedia(slide.media, ctx)
  const event: Raw = {
    id: uniqueId(slide.unique_id, `${kind === 'era' ? 'era' : 'event'}-${n + 1}`, path, ctx),
    kind: (typeof slide.group === 'string' && slide.group.trim().slice(0, 60)) || kind,
    title:
      clip(
        plain(text.headline, `${path}.text.headline`, ctx.problems),
        200,
        `${path}.text.headline`,
        ctx,
      ) ?? 'Untitled',
    start: start.iso,
  }
  if (event.title === 'Untitled')
    ctx.problems.push(warn(`${path}.text.headline`, 'No headline; titled "Untitled".'))
  ctx.timed ||= start.timed
  const end = slide.end_date === undefined ? null : convertDate(slide.end_date, ctx.timeZone)
  if (end && !end.ok) {
    const message = `end_date${end.field} ${end.message}; drawn without an end.`
    ctx.problems.push(warn(`${path}.end_date${end.field}`, message))
  }
  if (end?.ok) event.end = end.iso
  // A year or a month alone stays one: "1943", "July 1943" (docs/format.md, `granularity`).
  const granularity: Raw = {}
  if (start.coarse) granularity.start = start.coarse
  if (end?.ok && end.coarse) granularity.end = end.coarse
  if (Object.keys(granularity).length) event.granularity = granularity
  if (end?.ok) ctx.timed ||= end.timed
  const summary = clip(
    plain(text.text, `${path}.text.text`, ctx.problems),
    2000,
    `${path}.text.text`,
    ctx,
  )
  if (summary) event.summary = summary
  if (mediaSource) event.sources = [mediaSource]
  return event
}

function convertTitle(title: unknown, raw: Raw, ctx: Ctx): void {
  if (!isRecord(title)) return
  keepMedia(title.media, ctx)
  if (title.background !== undefined) ctx.backgrounds++
  for (const key of Object.keys(title)) {
    if (key === 'text' || key === 'unique_id' || key === 'media' || key === 'background') continue
    ctx.problems.push(warn(`$.title.${key.slice(0, 60)}`, NOT_SHOWN[key] ?? 'Not imported.'))
  }
  const text = isRecord(title.text) ? title.text : {}
  const headline = clip(
    plain(text.headline, '$.title.text.headline', ctx.problems),
    300,
    '$.title.text.headline',
    ctx,
  )
  const description = clip(
    plain(text.text, '$.title.text.text', ctx.problems),
    2000,
    '$.title.text.text',
    ctx,
  )
  if (headline) raw.title = headline
  if (description) raw.description = description
}

/** Converts a TimelineJS3 document into the format as written, listing what was not mapped. */
export function timelineJsToRawDocument(input: unknown, timeZone = 'UTC'): TimelineJsImport {
  const ctx: Ctx = {
    timeZone,
    problems: [],
    ids: new Set(),
    timed: false,
    sources: [],
    mediaDropped: 0,
    backgrounds: 0,
  }
  const raw: Raw = { version: 1, timezone: timeZone, events: [] }
  const origins: string[] = []
  if (!isRecord(input)) return { raw, problems: ctx.problems, origins }
  for (const key of Object.keys(input)) {
    if (!TOP_KEYS.has(key))
      ctx.problems.push(warn(`$.${key.slice(0, 60)}`, 'Unknown field; not imported.'))
  }
  if (input.scale !== undefined && input.scale !== 'human') {
    ctx.problems.push(warn('$.scale', 'Only the human scale (years 100 to 9999) can be shown.'))
  }
  convertTitle(input.title, raw, ctx)
  const events: Raw[] = []
  const add = (list: unknown, base: string, kind: string) => {
    if (!Array.isArray(list)) return
    list.forEach((slide, i) => {
      const event = convertSlide(slide, `${base}[${i}]`, kind, i, ctx)
      if (!event) return
      events.push(event)
      origins.push(`${base}[${i}]`)
    })
  }
  add(input.events, '$.events', 'event')
  raw.events = events
  const eras = convertEras(input.eras, ctx)
  if (eras.length) raw.eras = eras
  if (ctx.sources.length) raw.sources = ctx.sources
  summariseMedia(ctx)
  if (ctx.timed) {
    const message = `TimelineJS times carry no time zone; they are read as ${timeZone} wall-clock times.`
    ctx.problems.push(warn('$', message))
  }
  return { raw, problems: ctx.problems, origins }
}

/** The last day of a year or a month written as its first day ("1949-01-01", year → 1949-12-31). */
function lastDayOf(iso: string, unit: unknown): string {
  const [y = 0, m = 1] = iso.split('-').map(Number)
  if (unit === 'year') return `${iso.slice(0, 4)}-12-31`
  if (unit !== 'month') return iso
  return `${iso.slice(0, 7)}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`
}

/** TimelineJS eras become our eras (background bands), not events. */
function convertEras(list: unknown, ctx: Ctx): Raw[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((slide, i) => {
    const era = convertSlide(slide, `$.eras[${i}]`, 'era', i, ctx)
    if (!era) return []
    const unit = (era.granularity ?? {}) as Raw
    const end =
      typeof era.end === 'string'
        ? lastDayOf(era.end, unit.end)
        : lastDayOf(era.start as string, unit.start)
    return [{ title: era.title, start: era.start, end }]
  })
}

const FIELD_ORIGIN: Readonly<Record<string, string>> = {
  '.id': '.unique_id',
  '.kind': '.group',
  '.title': '.text.headline',
  '.summary': '.text.text',
  '.start': '.start_date',
  '.end': '.end_date',
}

/** Points a problem found in the converted document back at the TimelineJS slide it came from. */
function toOrigin(problem: Problem, origins: readonly string[]): Problem {
  const m = /^\$\.events\[(\d+)\](\.[a-z]+)?(.*)$/.exec(problem.path)
  const origin = m ? origins[Number(m[1])] : undefined
  if (!m || !origin) {
    if (problem.path === '$.title') return { ...problem, path: '$.title.text.headline' }
    return problem.path === '$.description' ? { ...problem, path: '$.title.text.text' } : problem
  }
  const field = m[2] ? (FIELD_ORIGIN[m[2]] ?? m[2]) : ''
  return { ...problem, path: `${origin}${field}${m[3] ?? ''}` }
}

/** A TimelineJS3 document converted (the format as written) and checked, every problem at its TimelineJS path. */
export function readTimelineJs(
  input: unknown,
  timeZone = 'UTC',
): { raw: Raw; result: ParseResult } {
  const { raw, problems, origins } = timelineJsToRawDocument(input, timeZone)
  const result = parseTimeline(raw)
  return {
    raw,
    result: {
      document: result.document,
      problems: [...problems, ...result.problems.map((p) => toOrigin(p, origins))],
    },
  }
}

/** Parses a TimelineJS3 document: conversion, then `parseTimeline`, every problem at its TimelineJS path. */
export function parseTimelineJs(input: unknown, timeZone = 'UTC'): ParseResult {
  return readTimelineJs(input, timeZone).result
}
