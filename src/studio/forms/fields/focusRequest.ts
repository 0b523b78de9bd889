/**
 * Where focus goes once a form has drawn: after "Add event" the new event's title field takes
 * it. One request at a time; the field whose key it names claims it when it mounts.
 */
let pending: string | null = null

/** Asks the field with this key (see `fieldKey`) to take focus when it next mounts. */
export function requestFieldFocus(key: string): void {
  pending = key
}

/** True once, for the field the request names. */
export function claimFieldFocus(key: string): boolean {
  if (pending !== key) return false
  pending = null
  return true
}
