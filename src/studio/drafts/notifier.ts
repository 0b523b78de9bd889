/**
 * "The drafts changed": told to listeners in this tab at once, and to other tabs of the studio
 * through a BroadcastChannel (where the browser has one), so every drafts list stays current.
 */
export function notifier(channelName: string | null) {
  const listeners = new Set<() => void>()
  let channel: BroadcastChannel | null = null
  const tell = () => listeners.forEach((l) => l())
  const open = () => {
    if (channel || channelName === null || typeof BroadcastChannel === 'undefined') return
    try {
      channel = new BroadcastChannel(channelName)
      channel.onmessage = tell
    } catch {
      channel = null // A sandbox may refuse it: this tab's own lists still update.
    }
  }
  return {
    notify() {
      tell()
      channel?.postMessage('changed')
    },
    subscribe(listener: () => void) {
      open()
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) {
          channel?.close()
          channel = null
        }
      }
    },
  }
}
