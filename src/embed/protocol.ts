/**
 * The message protocol between an embedded timeline and its host page (CONTRACT §5). Pure: no
 * DOM, so the app, the host script and the tests share one definition.
 */

import { isRecord } from '../domain/isRecord'

export const PROTOCOL = 'quoteline'
export const PROTOCOL_VERSION = 1

/** Messages the embed posts to its host page. */
export type OutgoingType = 'ready' | 'resize' | 'select' | 'state' | 'error' | 'reveal'
/** Commands a host page may send to an embed. */
export type CommandType = 'select' | 'getState' | 'requestResize'

export interface Envelope<T extends string = string, P = unknown> {
  protocol: typeof PROTOCOL
  v: typeof PROTOCOL_VERSION
  type: T
  embedId: string
  payload: P
}

export interface ReadyPayload {
  status: 'ready' | 'error'
  title: string | null
  eventCount: number
  height: number
}
export interface ResizePayload {
  height: number
  requestId?: string
}
export interface SelectPayload {
  eventId: string | null
  quoteId: string | null
  /** The event's position in time order, from 0; null when nothing is selected. */
  index: number | null
  total: number
  cause: string | null
  requestId?: string
}
export interface StatePayload {
  hash: string
  eventId: string | null
  quoteId: string | null
  requestId?: string
}
/**
 * Every `code` an `error` message can carry (docs/embedding.md and docs/contract.md list the
 * same). Codes are only ever added: an embedder may branch on them.
 */
export const ERROR_CODES = [
  'bad-address', // ?src= is not an http(s) address
  'load-failed', // the document could not be fetched (network, CORS, an HTTP error status)
  'wrong-type', // the server sent something that is not a timeline file (a web page, an image…)
  'too-large', // over 128 MB
  'timeout', // the server sent nothing for 15 seconds
  'not-json', // the body is not JSON (nor CSV)
  'no-timeline', // it held nothing that can be shown
  'cut-off', // the connection closed before the whole document had arrived
  'redirect-failed', // the address redirects, and the redirect could not be followed
  'cancelled', // the reader cancelled the download
  'unknown-id', // a select command, or the address's deep link, named no event or quote
  'not-ready', // a command arrived before the timeline was drawn
  'render-failed', // a part of the page could not be shown (a fault in Quoteline); sent once
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/**
 * Sent after every selection a reader makes inside the frame (a click, a tap, a key, Previous or
 * Next, a quote card, the list; never on load, a deep link or a host command): the reading area
 * (the event's detail and its first quote card) in CSS pixels from the frame's top-left corner.
 * Added within v1: hosts that do not know it ignore it.
 */
export interface RevealPayload {
  top: number
  left: number
  width: number
  height: number
}
export interface ErrorPayload {
  code: string
  message: string
  requestId?: string
}

export interface Command {
  type: CommandType
  /** For `select`: an event id or a quote id. */
  id?: string
  /** Echoed in the answer so a host can pair it with its question. */
  requestId?: string
}

/** Commands larger than this (as JSON) are ignored unread. */
export const MAX_COMMAND_BYTES = 2048
/** The tallest height an embed reports, and the host script applies. */
export const MAX_HEIGHT_PX = 20_000
export const MIN_HEIGHT_PX = 80

const ID = /^[A-Za-z0-9._~:-]{1,120}$/
const COMMANDS: readonly string[] = ['select', 'getState', 'requestResize']

/** Wraps a payload in the versioned, namespaced envelope. */
export function envelope<T extends OutgoingType | CommandType, P>(
  type: T,
  embedId: string,
  payload: P,
): Envelope<T, P> {
  return { protocol: PROTOCOL, v: PROTOCOL_VERSION, type, embedId, payload }
}

/** A command for the embed `embedId`, or for whichever embed is in the frame when it is unknown. */
export function commandMessage(type: CommandType, payload: object, embedId?: string) {
  const message = { protocol: PROTOCOL, v: PROTOCOL_VERSION, type, payload }
  return embedId ? { ...message, embedId } : message
}

/** True when `data` is a Quoteline envelope of this version (any type). */
export function isEnvelope(data: unknown): data is Envelope {
  return (
    isRecord(data) &&
    data.protocol === PROTOCOL &&
    data.v === PROTOCOL_VERSION &&
    typeof data.type === 'string' &&
    typeof data.embedId === 'string'
  )
}

/** The size of `data` as JSON, or Infinity when it cannot be measured (cycles, BigInt). */
function jsonSize(data: unknown): number {
  try {
    return JSON.stringify(data)?.length ?? Infinity
  } catch {
    return Infinity
  }
}

/**
 * Reads a command sent to the embed `embedId`, or null for anything else: other protocols,
 * other versions, commands for another embed, unknown types, malformed or oversized payloads.
 * A command without an embedId is for every embed in the frame (there is one).
 */
export function parseCommand(data: unknown, embedId: string): Command | null {
  if (!isRecord(data) || data.protocol !== PROTOCOL || data.v !== PROTOCOL_VERSION) return null
  if (jsonSize(data) > MAX_COMMAND_BYTES) return null
  if (typeof data.type !== 'string' || !COMMANDS.includes(data.type)) return null
  if (data.embedId !== undefined && data.embedId !== embedId) return null
  const payload = data.payload === undefined ? {} : data.payload
  if (!isRecord(payload)) return null
  const command: Command = { type: data.type as CommandType }
  if (payload.requestId !== undefined) {
    if (typeof payload.requestId !== 'string' || !ID.test(payload.requestId)) return null
    command.requestId = payload.requestId
  }
  if (command.type === 'select') {
    if (typeof payload.id !== 'string' || !ID.test(payload.id)) return null
    command.id = payload.id
  }
  return command
}

/** A reported height as a sane integer, or null when it is not a finite number. */
export function clampHeight(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null
  return Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, Math.round(value)))
}

/** Room kept between a revealed area and the edge of the host page's window. */
export const REVEAL_MARGIN_PX = 16

/**
 * How far to scroll a window `viewHeight` tall so that the area from `top` to `bottom` (in its
 * coordinates) is in view: 0 when it already is; else the least move that shows it whole, or
 * that puts its top at the top when it is taller than the window or lies above it.
 */
export function revealDelta(top: number, bottom: number, viewHeight: number): number {
  const m = REVEAL_MARGIN_PX
  if (top >= m && bottom <= viewHeight - m) return 0
  if (top < m || bottom - top > viewHeight - 2 * m) return Math.round(top - m)
  return Math.round(bottom - (viewHeight - m))
}
