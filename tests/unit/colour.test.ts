import { describe, expect, it } from 'vitest'
import { accentReadable } from '../../src/ui/useTheme'
import { contrastRatio } from '../../src/lib/colour'

describe('contrast', () => {
  it('contrastRatio gives 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#c8102e', '#c8102e')).toBe(1)
  })

  it('an accent is used only in the themes where it reads as text at 4.5:1', () => {
    expect(accentReadable('#c8102e', 'light')).toBe(true)
    expect(accentReadable('#c8102e', 'dark')).toBe(false)
    expect(accentReadable('#93c5fd', 'light')).toBe(false)
    expect(accentReadable('#93c5fd', 'dark')).toBe(true)
  })
})
