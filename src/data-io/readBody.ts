/**
 * Reading a response body as it arrives: bytes counted for the progress bar, a watchdog re-armed
 * by every chunk (the time limit is on silence, not on size), and a cap checked as it grows.
 */

export interface DownloadProgress {
  receivedBytes: number
  /** The declared length while it is still ahead; null when unknown or already passed. */
  totalBytes: number | null
}

export type BodyOutcome =
  | { ok: true; text: string; bytes: number }
  /** The stream broke (the connection closed, or our watchdog or the reader stopped it). */
  | { ok: false; reason: 'broken' | 'too-large'; bytes: number }

/** The reading of one body; `arm` is called on every chunk (and once at the start). */
export interface BodyWatch {
  maxBytes: number
  arm: () => void
  onProgress?: ((p: DownloadProgress) => void) | undefined
}

// Progress is told at most this often: a 60 MB body arrives in about a thousand chunks.
const REPORT_EVERY_MS = 100

/** The declared length, or null (absent, or not a number). */
export function declaredLength(response: Response): number | null {
  const header = response.headers.get('content-length')
  const value = header === null ? NaN : Number(header)
  return Number.isFinite(value) && value >= 0 ? value : null
}

/** The body as text; never buffers more than `maxBytes`. */
export async function readBody(response: Response, watch: BodyWatch): Promise<BodyOutcome> {
  const declared = declaredLength(response)
  if (declared !== null && declared > watch.maxBytes) {
    void response.body?.cancel().catch(() => {})
    return { ok: false, reason: 'too-large', bytes: 0 }
  }
  const tell = (bytes: number) =>
    // A Content-Length may count compressed bytes: once passed, the total is unknown.
    watch.onProgress?.({
      receivedBytes: bytes,
      totalBytes: declared !== null && bytes <= declared ? declared : null,
    })
  if (!response.body) return { ok: true, text: await response.text(), bytes: 0 }
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const parts: string[] = []
  let bytes = 0
  let toldAt = -Infinity
  tell(0)
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>
    try {
      chunk = await reader.read()
    } catch {
      return { ok: false, reason: 'broken', bytes }
    }
    if (chunk.done) break
    watch.arm()
    bytes += chunk.value.byteLength
    if (bytes > watch.maxBytes) {
      void reader.cancel().catch(() => {})
      return { ok: false, reason: 'too-large', bytes }
    }
    parts.push(decoder.decode(chunk.value, { stream: true }))
    const now = Date.now()
    if (now - toldAt >= REPORT_EVERY_MS) {
      toldAt = now
      tell(bytes)
    }
  }
  tell(bytes)
  parts.push(decoder.decode())
  return { ok: true, text: parts.join(''), bytes }
}
