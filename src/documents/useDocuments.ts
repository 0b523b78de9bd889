import { useCallback, useRef, useState } from 'react'
import type { ZoneChoice } from '../domain/formatTime'
import type { ParseResult, Problem, ReadOutcome, TimelineDocument } from '../domain/types'
import {
  createTimelineStore,
  type DocumentOrigin,
  type TimelineStore,
} from '../store/createTimelineStore'
import { problemsNoticeReady } from '../ui/Notices'
import { LoadNoticeBody } from './LoadNotice'
import type { Notice } from './LoadNoticeBody'

/** One document on screen, with its own store: undo brings back its selection and zoom too. */
export interface Shown {
  key: number
  document: TimelineDocument
  problems: Problem[]
  /** How the reader knows it: a file name, "pasted text", an address. */
  label: string
  store: TimelineStore
}

export type Documents =
  | { status: 'loading' }
  /** Nothing could be shown at all: never other data in its place. */
  | { status: 'failed'; code: string; message: string; problems: Problem[] }
  | { status: 'shown'; current: Shown; previous: Shown | null; notice: Notice | null }

const NOTHING_USABLE = 'This document has no event that can be shown.'

let nextKey = 1

/** The outcome as something to show, or why it cannot be shown. */
function toShown(
  outcome: ReadOutcome,
  label: string,
  zone: ZoneChoice | null,
  origin: DocumentOrigin,
): Shown | { code: string; message: string; problems: Problem[] } {
  if (!outcome.ok) return { code: outcome.code, message: outcome.message, problems: [] }
  const { document, problems } = outcome.result
  if (!document) return { code: 'no-timeline', message: NOTHING_USABLE, problems }
  const store = createTimelineStore(document, zone ? { zone, origin } : { origin })
  return { key: nextKey++, document, problems, label, store }
}

/**
 * The documents of one page: the first (built-in or `?src=`), then any the reader opens. A
 * failed open keeps what was on screen, selection and zoom included; a successful one can be
 * undone.
 */
export function useDocuments(initial: () => ParseResult | null, zone: ZoneChoice | null) {
  const [docs, setDocs] = useState<Documents>(() => {
    const first = initial()
    if (!first) return { status: 'loading' }
    const shown = toShown({ ok: true, result: first }, 'the built-in timeline', zone, 'builtin')
    return 'store' in shown
      ? { status: 'shown', current: shown, previous: null, notice: null }
      : { status: 'failed', ...shown, message: 'The built-in timeline could not be read.' }
  })

  /** Shows a newly read document, or says why not while keeping the one on screen. */
  const show = useCallback(
    (outcome: ReadOutcome, label: string, { first = false } = {}) => {
      setDocs((prev) => {
        // The first document comes from the page's address; later ones from a file or a paste.
        const next = toShown(outcome, label, zone, first ? 'address' : 'local')
        if (!('store' in next)) {
          if (prev.status !== 'shown') return { status: 'failed', ...next }
          return { ...prev, notice: { kind: 'failed', label, ...next } }
        }
        if (first || prev.status !== 'shown') {
          return { status: 'shown', current: next, previous: null, notice: null }
        }
        return {
          status: 'shown',
          current: next,
          previous: prev.current,
          notice: { kind: 'opened', label, canUndo: true },
        }
      })
    },
    [zone],
  )

  // A read is shown once the code of the notices that come with it is here: the notice of a
  // document's problems, and (after the first) the one that says what was opened. Both sit above
  // the timeline; arriving a moment later, they would push it down. Reads are shown in order.
  const queue = useRef<Promise<unknown>>(null)
  const open = useCallback(
    (outcome: ReadOutcome, label: string, how: { first?: boolean } = {}) => {
      const notices = [problemsNoticeReady(outcome), how.first ? null : LoadNoticeBody.preload()]
      queue.current = Promise.all([queue.current, ...notices]).then(() => show(outcome, label, how))
    },
    [show],
  )

  const undo = useCallback(() => {
    setDocs((prev) =>
      prev.status === 'shown' && prev.previous
        ? {
            status: 'shown',
            current: prev.previous,
            previous: null,
            notice: { kind: 'opened', label: prev.previous.label, canUndo: false },
          }
        : prev,
    )
  }, [])

  const dismiss = useCallback(() => {
    setDocs((prev) => (prev.status === 'shown' ? { ...prev, notice: null } : prev))
  }, [])

  return { docs, open, undo, dismiss }
}

export type DocumentsApi = ReturnType<typeof useDocuments>
