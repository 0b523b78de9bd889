import { formatClock, formatDay, zoneAbbreviation } from '../../../domain/formatTime'
import { isValidTimeZone, parseIsoInstant } from '../../../domain/time'
import { useStudio } from '../../StudioContext'
import type { FieldProblem } from '../../problems'
import { asText } from './edit'
import { TextField, type TextFieldProps } from './TextField'

/** Zones checked already: making a formatter to check one costs more than a keystroke should. */
const known = new Map<string, boolean>()
const validZone = (zone: string) => {
  let ok = known.get(zone)
  if (ok === undefined) known.set(zone, (ok = isValidTimeZone(zone)))
  return ok
}

/** The document's zone, for reading times in it (UTC while it is not a zone this browser knows). */
export function useDocumentZone(): string {
  const zone = useStudio((s) => s.content.meta.timezone)
  return typeof zone === 'string' && validZone(zone) ? zone : 'UTC'
}

/** How an ISO 8601 time reads in the zone: "Friday, August 15, 2025, 11:22 AM AKDT". */
export function readTime(value: string, zone: string): { reads?: string; problem?: string } {
  if (value.trim() === '') return {}
  const parsed = parseIsoInstant(value, zone)
  if (!parsed.ok) return { problem: parsed.message }
  const day = formatDay(parsed.ms, zone)
  if (parsed.isDay) return { reads: `Reads as ${day}.` }
  return {
    reads: `Reads as ${day}, ${formatClock(parsed.ms, zone)} ${zoneAbbreviation(parsed.ms, zone)}.`,
  }
}

/**
 * A time written in ISO 8601, with how it reads in the document's zone beneath it, and what is
 * wrong with it as you type.
 */
export function TimeField(props: Omit<TextFieldProps, 'hint'> & { hint?: string | undefined }) {
  const zone = useDocumentZone()
  const value = asText(props.data, props.path)
  const { reads, problem } = readTime(value, zone)
  const field = props.path.join('.')
  const own: FieldProblem[] = problem ? [{ field, message: problem, severity: 'error' }] : []
  const hint =
    reads ??
    props.hint ??
    'A date (2025-08-15) or a time with its offset (2025-08-15T11:22:00-08:00).'
  return (
    <TextField
      {...props}
      hint={hint}
      problems={[...own, ...props.problems.filter((p) => !(problem && p.field === field))]}
    />
  )
}
