/**
 * A part of the page that failed to render (PartBoundary shows it in its place) is reported to
 * the host page of an embed, once per page: React's root tells this module (app/mount.tsx), and
 * the embed's bridge listens once it has loaded (useEmbedBridge), so an early failure is not lost.
 */
let state: 'fine' | 'failed' | 'reported' = 'fine'
let listener: (() => void) | null = null

function deliver() {
  if (state !== 'failed' || !listener) return
  state = 'reported'
  listener()
}

/** Called by React's root error callbacks. */
export function renderFailed(): void {
  if (state === 'fine') state = 'failed'
  deliver()
}

/** Hears the first render failure, even one before it listened; returns a function that stops. */
export function onRenderFailed(heard: () => void): () => void {
  listener = heard
  deliver()
  return () => {
    if (listener === heard) listener = null
  }
}
