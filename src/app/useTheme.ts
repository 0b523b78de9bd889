import { useEffect, useState } from 'react'
import { readSetting, writeSetting } from '../lib/storage'

export type ThemeChoice = 'auto' | 'light' | 'dark'

const prefersDark = () =>
  typeof window.matchMedia === 'function' &&
  window.matchMedia('(prefers-color-scheme: dark)').matches

/** The reader's theme: follows the system until they choose, and remembers the choice. */
export function useTheme(): [ThemeChoice, (t: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>(() => {
    const saved = readSetting('theme')
    return saved === 'light' || saved === 'dark' ? saved : 'auto'
  })
  useEffect(() => {
    const apply = () => {
      const dark = choice === 'dark' || (choice === 'auto' && prefersDark())
      document.documentElement.dataset.theme = dark ? 'dark' : 'light'
    }
    apply()
    if (choice !== 'auto' || typeof window.matchMedia !== 'function') return
    const mq = window.matchMedia('(prefers-color-scheme: dark)')
    mq.addEventListener('change', apply)
    return () => mq.removeEventListener('change', apply)
  }, [choice])
  return [
    choice,
    (t) => {
      writeSetting('theme', t)
      setChoice(t)
    },
  ]
}
