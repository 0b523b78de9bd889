import type { Focus, StudioStore } from '../../createStudioStore'
import { fieldPatch, getIn, metaPatch } from '../../edits'
import type { DraftContent, Fields, Patch } from '../../model'

/** The record a form edits: the document's own fields, or one row (the store's `focus`). */
export type Target = Focus

/** The undo key of one field: edits under the same key before a pause are one step. */
export const fieldKey = (target: Target, path: readonly string[]): string =>
  `${target.target === 'meta' ? 'meta' : `${target.target}/${target.uid}`}/${path.join('.')}`

/** The patch that sets one field of the target record (null: nothing changes). */
export function targetPatch(
  content: DraftContent,
  target: Target,
  path: readonly string[],
  value: unknown,
): Patch | null {
  return target.target === 'meta'
    ? metaPatch(content, path, value)
    : fieldPatch(content, target.target, target.uid, path, value)
}

/**
 * Sets one field as an undo step keyed by the field (typing is one step per pause); `more` adds
 * patches to the same step (an id's references, renamed with it).
 */
export function setField(
  store: StudioStore,
  target: Target,
  path: readonly string[],
  value: unknown,
  more: (content: DraftContent) => Patch[] = () => [],
): void {
  const { content, apply } = store.getState()
  const patch = targetPatch(content, target, path, value)
  if (!patch) return
  apply([patch, ...more(content)], fieldKey(target, path))
}

/** A field's value as text for an input: strings as they are, anything else as JSON. */
export function asText(fields: Fields, path: readonly string[]): string {
  const value = getIn(fields, path)
  if (value === undefined || value === null) return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** A list field (`sources`, `participants`) as strings; anything else written there counts as none. */
export function asList(fields: Fields, path: readonly string[]): string[] {
  const value = getIn(fields, path)
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}
