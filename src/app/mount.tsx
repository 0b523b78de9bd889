import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import '../index.css'

/**
 * Renders the app into #root; the embed page passes `forceEmbed`, and a standalone embed page
 * the text of the document it carries.
 */
export function mount(forceEmbed: boolean, inline: string | null = null): void {
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <App forceEmbed={forceEmbed} inline={inline} />
    </StrictMode>,
  )
}
