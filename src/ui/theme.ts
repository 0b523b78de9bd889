/** A theme as a reader or a page address chooses it: `auto` follows the reader's system. */
export type ThemeChoice = 'auto' | 'light' | 'dark'

/** The theme switch, the same in the reader's Display menu and in the embed dialog. */
export const THEME_CHOICES: readonly { value: ThemeChoice; label: string }[] = [
  { value: 'auto', label: 'Auto' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
]
