import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { onDemand, PartBoundary } from '../ui/PartBoundary'

// Loaded when a tab is blocked, as where copying is refused.
const CopyFallback = onDemand(() =>
  import('../ui/CopyFallback').then((m) => ({ default: m.CopyFallback })),
)

interface Blocked {
  href: string
  /** Where the address is shown: a box placed right after the link's block. */
  host: HTMLElement
}

/** True for a plain click (no modifier, main button), which would open the link's new tab. */
const plain = (e: MouseEvent) =>
  e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey && !e.defaultPrevented

/**
 * In an embed, links that open a new tab ("Open full timeline", source links) open it by script:
 * where the browser blocks new tabs (a frame with `sandbox="allow-scripts"` alone) the link then
 * shows its address, selected, to copy, instead of doing nothing. `window.open` without
 * "noopener" returns null when blocked; when it opens, the new tab's opener is cut at once.
 */
export function BlockedTabs() {
  const [blocked, setBlocked] = useState<Blocked | null>(null)
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const link = e.target instanceof Element ? e.target.closest('a[target="_blank"]') : null
      if (!(link instanceof HTMLAnchorElement) || !plain(e) || !/^https?:/.test(link.href)) return
      e.preventDefault()
      const opened = window.open(link.href, '_blank')
      if (opened) {
        opened.opener = null
        return
      }
      const host = document.createElement('div')
      ;(link.closest('p, li, header, figure') ?? link).after(host)
      setBlocked({ href: link.href, host })
    }
    document.addEventListener('click', onClick)
    return () => document.removeEventListener('click', onClick)
  }, [])
  useEffect(() => {
    const host = blocked?.host
    return () => host?.remove()
  }, [blocked])
  if (!blocked) return null
  return createPortal(
    <PartBoundary what="The link’s address">
      <CopyFallback
        text={blocked.href}
        label="This frame may not open new tabs. The address is selected: press Ctrl+C (⌘C on a Mac) to copy it."
        onClose={() => setBlocked(null)}
      />
    </PartBoundary>,
    blocked.host,
  )
}
