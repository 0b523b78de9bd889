import { useEffect, useState } from 'react'

/**
 * `value` once it has stayed the same for `delayMs`: the preview and the whole-document check
 * follow the draft after a pause in typing, never on each keystroke.
 */
export function usePausedValue<T>(value: T, delayMs: number): T {
  const [paused, setPaused] = useState(value)
  useEffect(() => {
    if (Object.is(value, paused)) return
    const timer = window.setTimeout(() => setPaused(value), delayMs)
    return () => window.clearTimeout(timer)
  }, [value, paused, delayMs])
  return paused
}
