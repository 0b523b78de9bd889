import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { ReadOutcome } from '../data-io/readDocument'
import { App } from './App'
import '../index.css'

/**
 * Renders the app into #root; the embed page passes `forceEmbed`, and a standalone embed page
 * how to read the document it carries.
 */
export function mount(forceEmbed: boolean, load?: () => Promise<ReadOutcome>): void {
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <App forceEmbed={forceEmbed} load={load} />
    </StrictMode>,
  )
}
