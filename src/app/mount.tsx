import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import '../index.css'

/** Renders the app into #root; the embed page passes `forceEmbed`. */
export function mount(forceEmbed: boolean): void {
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <App forceEmbed={forceEmbed} />
    </StrictMode>,
  )
}
