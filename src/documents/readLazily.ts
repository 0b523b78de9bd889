import type { ReadOutcome } from '../domain/types'

/** The outcome of a read whose code could not be fetched. */
export const CODE_MISSING: ReadOutcome = {
  ok: false,
  code: 'load-failed',
  message:
    'The part of Quoteline that reads documents could not be loaded: the network may be down. Try again.',
}

/**
 * Runs a read whose code loads on demand. When that code cannot be fetched (offline, or a new
 * version replaced the files), the read fails with a plain message like any other.
 */
export async function readLazily(read: () => Promise<ReadOutcome>): Promise<ReadOutcome> {
  try {
    return await read()
  } catch {
    return CODE_MISSING
  }
}
