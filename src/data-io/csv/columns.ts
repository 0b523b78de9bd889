/** The CSV columns (docs/format.md), in the order export writes them. */
export const CSV_COLUMNS = [
  'record',
  'event_id',
  'kind',
  'title',
  'start',
  'end',
  'summary',
  'place',
  'participants',
  'event_sources',
  'start_precision',
  'start_earliest',
  'start_latest',
  'start_note',
  'start_sources',
  'end_precision',
  'end_earliest',
  'end_latest',
  'end_note',
  'end_sources',
  'duration',
  'duration_note',
  'quote_id',
  'speaker',
  'quote',
  'context',
  'quote_sources',
  'interpreted',
  'quote_note',
  'speaker_name',
  'speaker_role',
  'source_id',
  'source_title',
  'source_url',
  'source_publisher',
  'timezone',
  'start_granularity',
  'end_granularity',
  'media_src',
  'media_alt',
  'media_credit',
  'media_caption',
  'view_start',
  'view_end',
] as const

export type CsvColumn = (typeof CSV_COLUMNS)[number]
export type CsvRow = Partial<Record<CsvColumn, string>>

/** Plain text columns of an event row and the event field each one fills. */
export const EVENT_TEXT: readonly (readonly [CsvColumn, string])[] = [
  ['event_id', 'id'],
  ['kind', 'kind'],
  ['title', 'title'],
  ['start', 'start'],
  ['end', 'end'],
  ['summary', 'summary'],
  ['place', 'place'],
]

export const QUOTE_TEXT: readonly (readonly [CsvColumn, string])[] = [
  ['quote_id', 'id'],
  ['speaker', 'speaker'],
  ['quote', 'text'],
  ['context', 'context'],
  ['quote_note', 'note'],
]

export const DETAIL_FIELDS = ['precision', 'earliest', 'latest', 'note', 'sources'] as const

/** Every event-level column (repeated on each of the event's quote rows). */
export const EVENT_COLUMNS: readonly CsvColumn[] = [
  ...CSV_COLUMNS.slice(1, 22),
  'start_granularity',
  'end_granularity',
  'media_src',
  'media_alt',
  'media_credit',
  'media_caption',
]
export const QUOTE_COLUMNS: readonly CsvColumn[] = CSV_COLUMNS.slice(22, 29)

/** Participants may hold spaces and commas, so a list cell separates them with semicolons. */
export const LIST_SEPARATOR = '; '
export const splitList = (cell: string): string[] =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
/** Ids are URL-safe, so spaces, commas or semicolons may separate them. */
export const splitIds = (cell: string): string[] => cell.split(/[\s,;]+/).filter(Boolean)

/** Where, in a raw document path below an event or quote, each column's value went. */
export const PATH_TO_COLUMN: Readonly<Record<string, CsvColumn>> = {
  ...Object.fromEntries(EVENT_TEXT.map(([col, field]) => [`.${field}`, col])),
  '.participants': 'participants',
  '.sources': 'event_sources',
  '.timing.duration.label': 'duration',
  '.timing.duration.note': 'duration_note',
  '.granularity.start': 'start_granularity',
  '.granularity.end': 'end_granularity',
  '.media.src': 'media_src',
  '.media.alt': 'media_alt',
  '.media.credit': 'media_credit',
  '.media.caption': 'media_caption',
  ...Object.fromEntries(
    (['start', 'end'] as const).flatMap((which) =>
      DETAIL_FIELDS.map((f) => [`.timing.${which}.${f}`, `${which}_${f}` as CsvColumn]),
    ),
  ),
}

export const QUOTE_PATH_TO_COLUMN: Readonly<Record<string, CsvColumn>> = {
  ...Object.fromEntries(QUOTE_TEXT.map(([col, field]) => [`.${field}`, col])),
  '.sources': 'quote_sources',
  '.interpreted': 'interpreted',
}

/**
 * A cell that starts with =, +, -, @, a tab or a carriage return is run as a formula by
 * spreadsheets (CSV injection): export writes it after an apostrophe, which they show as text.
 * Apostrophes already in front of such a character get one more, and import takes exactly one
 * away, so every text comes back as it was.
 */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/

/** The cell as export writes it. */
export function guardFormula(cell: string): string {
  return FORMULA_LIKE.test(cell) ? `'${cell}` : cell
}

/** The text that `guardFormula` wrote as this cell. */
export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_LIKE.test(cell) ? cell.slice(1) : cell
}
