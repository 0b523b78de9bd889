import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { StudioApp } from './StudioApp'
import './studio.css'

/** Renders Quoteline Studio into #root (studio.html). */
export function mountStudio(): void {
  const root = document.getElementById('root')
  if (!root) return
  createRoot(root).render(
    <StrictMode>
      <StudioApp />
    </StrictMode>,
  )
}
