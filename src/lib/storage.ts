/**
 * Storage that never throws. In a sandboxed iframe (opaque origin) merely reading
 * `window.localStorage` throws a SecurityError, so every access goes through here.
 */
function backing(): Storage | null {
  try {
    const s = window.localStorage
    const probe = '__quoteline_probe__'
    s.setItem(probe, '1')
    s.removeItem(probe)
    return s
  } catch {
    return null
  }
}

const memory = new Map<string, string>()

/** Reads a saved value, or null. */
export function readSetting(key: string): string | null {
  try {
    return backing()?.getItem(`quoteline:${key}`) ?? memory.get(key) ?? null
  } catch {
    return memory.get(key) ?? null
  }
}

/** Saves a value where the browser allows, else for this page view only. */
export function writeSetting(key: string, value: string): void {
  memory.set(key, value)
  try {
    backing()?.setItem(`quoteline:${key}`, value)
  } catch {
    // Quota or sandbox: the in-memory copy still serves this page view.
  }
}
