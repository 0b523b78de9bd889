import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { ReadOutcome } from '../domain/types'
import { App } from './App'
import { renderFailed } from '../lib/renderFailures'
import '../index.css'

/** A part failed to render: logged for whoever debugs the page, reported to an embed's host. */
function onRenderError(error: unknown, info: { componentStack?: string | undefined }): void {
  console.error(error, info.componentStack)
  renderFailed()
}

/**
 * Renders the app into #root; the embed page passes `forceEmbed`, and a standalone embed page
 * how to read the document it carries.
 */
export function mount(forceEmbed: boolean, load?: () => Promise<ReadOutcome>): void {
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root, {
    onCaughtError: onRenderError,
    onUncaughtError: onRenderError,
    // React rendered again and recovered: nothing the reader or the host page needs to hear.
    onRecoverableError: (error) => console.warn(error),
  }).render(
    <StrictMode>
      <App forceEmbed={forceEmbed} load={load} />
    </StrictMode>,
  )
}
