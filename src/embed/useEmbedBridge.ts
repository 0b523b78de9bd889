import { useEffect, useState } from 'react'
import { onRenderFailed } from '../lib/renderFailures'
import type { EmbedBridge } from './bridge'
import type { ViewOptions } from './viewOptions'

/**
 * In an embed inside a host page, the bridge to that page, started once; else null. Its code
 * loads only there (the embed page has it inline), so it is null until that code has arrived.
 */
export function useEmbedBridge(options: ViewOptions): EmbedBridge | null {
  const [bridge, setBridge] = useState<EmbedBridge | null>(null)
  const framed = options.embed && window.parent !== window
  const { embedId, parentOrigin } = options
  useEffect(() => {
    if (!framed) return
    let stop: (() => void) | null = null
    let live = true
    void import('./bridge')
      .then(({ createEmbedBridge, measure, observe }) => {
        if (!live) return
        const next = createEmbedBridge({
          embedId,
          parentOrigin,
          host: window.parent,
          self: window,
          measure,
          observe,
        })
        const stopBridge = next.start()
        // A part that fails to render says so in its place; the host page hears of it once,
        // and the page's error flag keeps meaning that the document could not be shown.
        const stopHearing = onRenderFailed(() =>
          next.report('render-failed', 'A part of the timeline could not be shown.'),
        )
        stop = () => {
          stopHearing()
          stopBridge()
        }
        setBridge(next)
      })
      // Without its code the embed still shows the timeline; the host page hears nothing.
      .catch(() => {})
    return () => {
      live = false
      stop?.()
    }
  }, [framed, embedId, parentOrigin])
  return bridge
}
