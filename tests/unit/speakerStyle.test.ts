import { describe, expect, it } from 'vitest'
import {
  contrastRatio,
  initials,
  SPEAKER_PALETTE,
  speakerColor,
} from '../../src/domain/speakerStyle'

describe('initials', () => {
  it('takes the first letters of the first and last names', () => {
    expect(initials('Donald Trump')).toBe('DT')
    expect(initials('Vladimir Putin')).toBe('VP')
    expect(initials('Marco A. Rubio')).toBe('MR')
  })

  it('gives one letter for a single name', () => {
    expect(initials('Madonna')).toBe('M')
    expect(initials('  cher ')).toBe('C')
  })

  it('ignores extra, leading and trailing whitespace', () => {
    expect(initials('  Sergey \t  Lavrov\n')).toBe('SL')
    expect(initials('Steve\u00a0Witkoff')).toBe('SW')
  })

  it('keeps accented and non-Latin letters whole', () => {
    expect(initials('Émile Zola')).toBe('ÉZ')
    // The same name typed with a combining accent.
    expect(initials('E\u0301mile Zola')).toBe('ÉZ')
    expect(initials('Юрий Ушаков')).toBe('ЮУ')
    expect(initials('ögmundur þórsson')).toBe('ÖÞ')
  })

  it('skips punctuation in front of a name', () => {
    expect(initials('“Jim” O’Brien')).toBe('JO')
    expect(initials('Kirill - Dmitriev')).toBe('KD')
  })

  it('gives nothing for a blank name', () => {
    expect(initials('')).toBe('')
    expect(initials('   ')).toBe('')
  })
})

describe('contrastRatio', () => {
  it('spans from 1 for equal colours to 21 for black on white', () => {
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10)
  })

  it('does not depend on the order of the colours', () => {
    expect(contrastRatio('#0b447a', '#ffffff')).toBe(contrastRatio('#ffffff', '#0b447a'))
  })

  it('matches published WCAG values', () => {
    // Well-known reference pairs: #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5)
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2)
  })

  it('reads three-digit and upper-case hex', () => {
    expect(contrastRatio('#FFF', '#000')).toBeCloseTo(21, 10)
    expect(contrastRatio('#abc', '#AABBCC')).toBe(1)
  })

  it('refuses text that is not a hex colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(RangeError)
    expect(() => contrastRatio('#12345', '#fff')).toThrow(RangeError)
  })
})

describe('speakerColor', () => {
  it('offers eight different colours', () => {
    expect(SPEAKER_PALETTE).toHaveLength(8)
    expect(new Set(SPEAKER_PALETTE.map((c) => c.toLowerCase())).size).toBe(8)
  })

  it('gives every palette colour at least 4.5:1 contrast with white text', () => {
    for (const colour of SPEAKER_PALETTE) {
      expect(contrastRatio(colour, '#ffffff'), colour).toBeGreaterThanOrEqual(4.5)
    }
  })

  it('assigns colours by position in the speaker list, wrapping round the palette', () => {
    const firstRound = Array.from({ length: 8 }, (_, i) => speakerColor(`s${i}`, i))
    expect(firstRound).toEqual([...SPEAKER_PALETTE])
    expect(speakerColor('s8', 8)).toBe(speakerColor('s0', 0))
    expect(speakerColor('s13', 13)).toBe(SPEAKER_PALETTE[5])
  })

  it('depends on the index alone for listed speakers', () => {
    expect(speakerColor('trump', 1)).toBe(speakerColor('putin', 1))
    expect(speakerColor('trump', 0)).not.toBe(speakerColor('trump', 1))
  })

  it('gives an unlisted speaker a stable palette colour from its id', () => {
    const colour = speakerColor('unlisted-speaker', -1)
    expect(SPEAKER_PALETTE).toContain(colour)
    expect(speakerColor('unlisted-speaker', -1)).toBe(colour)
    const spread = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => speakerColor(id, -1)),
    )
    expect(spread.size).toBeGreaterThan(1)
  })
})
