import { useEffect, useState } from 'react'
import { contrastRatio } from '../lib/colour'
import type { ThemeChoice } from './theme'
import { readSetting, writeSetting } from '../lib/storage'

/** The backgrounds accent-coloured text sits on, per theme (src/index.css). */
const BACKGROUNDS = {
  light: ['#faf9f6', '#ffffff', '#f1efe9', '#fff7db'],
  dark: ['#121212', '#1c1c1e', '#2a2a2d', '#2e2a1b'],
}

/** True when `accent` reads as text (4.5:1) on every background of `theme`. */
export function accentReadable(accent: string, theme: 'light' | 'dark'): boolean {
  return BACKGROUNDS[theme].every((bg) => contrastRatio(accent, bg) >= 4.5)
}

const prefersDark = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-color-scheme: dark)').matches

interface ThemeOptions {
  /** The URL's `theme=`, which wins over a saved choice. */
  initial?: ThemeChoice | null
  /** Embeds follow their host page and never write the reader's saved choice. */
  persist?: boolean
  /** The URL's `accent=`, used in a theme only where it keeps text readable. */
  accent?: string | null
}

/** The reader's theme: follows the system until they choose, and remembers the choice. */
export function useTheme({ initial = null, persist = true, accent = null }: ThemeOptions = {}): [
  ThemeChoice,
  (t: ThemeChoice) => void,
] {
  const [choice, setChoice] = useState<ThemeChoice>(() => {
    if (initial) return initial
    const saved = persist ? readSetting('theme') : null
    return saved === 'light' || saved === 'dark' ? saved : 'auto'
  })
  useEffect(() => {
    const root = document.documentElement
    const apply = () => {
      const dark = choice === 'dark' || (choice === 'auto' && prefersDark())
      root.dataset.theme = dark ? 'dark' : 'light'
      if (accent && accentReadable(accent, dark ? 'dark' : 'light')) {
        root.style.setProperty('--accent', accent)
        root.style.setProperty('--focus', accent)
      } else {
        root.style.removeProperty('--accent')
        root.style.removeProperty('--focus')
      }
    }
    apply()
    if (choice !== 'auto' || typeof window.matchMedia !== 'function') return
    const mq = window.matchMedia('(prefers-color-scheme: dark)')
    mq.addEventListener('change', apply)
    return () => mq.removeEventListener('change', apply)
  }, [choice, accent])
  return [
    choice,
    (t) => {
      if (persist) writeSetting('theme', t)
      setChoice(t)
    },
  ]
}
