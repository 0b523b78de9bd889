import { useMemo } from 'react'
import { findRow } from '../../createStudioStore'
import type { Fields } from '../../model'
import type { FieldProblem, ProblemMap } from '../../problems'
import { useStudio } from '../../StudioContext'
import type { Target } from './edit'
import { recordProblems } from './recordProblems'

/**
 * The record a form edits, subscribed alone (a keystroke elsewhere does not draw this form), and
 * its problems. Null when the row is gone (deleted, or undone away).
 */
export function useRecord(
  target: Target,
  placed: ProblemMap | undefined,
): { data: Fields; problems: FieldProblem[] } | null {
  const data = useStudio((s) =>
    target.target === 'meta' ? s.content.meta : findRow(s.content, target.target, target.uid)?.data,
  )
  const problems = useMemo(
    () => (data ? recordProblems(target, data, placed) : []),
    // The target is named by its parts: a new object with the same record is the same target.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, placed, target.target, target.target === 'meta' ? '' : target.uid],
  )
  return data ? { data, problems } : null
}
