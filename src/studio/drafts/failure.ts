/** The first words of the alert when a write fails (issue 15: say so at once, say what to do). */
export const SAVE_FAILED =
  'Could not save: this browser refused to store the draft (private mode, a sandbox or a full disk). Export the JSON to keep your work.'

/** Why the browser refused, in plain words with its own name for it, when it gave one. */
export function describeFailure(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  switch (name) {
    case 'QuotaExceededError':
      return 'The storage this browser allows is full (QuotaExceededError).'
    case 'SecurityError':
      return 'This page may not store anything here, as in a sandbox (SecurityError).'
    case 'NoIndexedDbError':
      return 'This browser offers no IndexedDB.'
    case 'InvalidStateError':
      return 'The browser closed its storage, as private windows may do (InvalidStateError).'
    case '':
      return ''
    default: {
      const message = (error as Error).message
      return message ? `${message} (${name}).` : `${name}.`
    }
  }
}
