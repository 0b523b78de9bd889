import { useEffect, useState } from 'react'
import { createEmbedBridge, type EmbedBridge } from './bridge'
import type { ViewOptions } from './viewOptions'

/** The content's height: the root element's box, which never depends on the frame's height. */
const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height)

function observe(changed: () => void): () => void {
  if (typeof ResizeObserver !== 'function') return () => {}
  const observer = new ResizeObserver(changed)
  observer.observe(document.documentElement)
  return () => observer.disconnect()
}

/** In an embed inside a host page, the bridge to that page (started once); else null. */
export function useEmbedBridge(options: ViewOptions): EmbedBridge | null {
  const [bridge] = useState(() =>
    options.embed && window.parent !== window
      ? createEmbedBridge({
          embedId: options.embedId,
          parentOrigin: options.parentOrigin,
          host: window.parent,
          self: window,
          measure,
          observe,
        })
      : null,
  )
  useEffect(() => bridge?.start(), [bridge])
  return bridge
}
