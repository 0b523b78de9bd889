import { describe, expect, it } from 'vitest'
import { matchesQuery, normalizeForSearch, splitMatches } from '../../src/domain/search'

/** Numerical Recipes LCG: the same numbers on every run, in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
}

const joined = (parts: { text: string }[]) => parts.map((p) => p.text).join('')
const matched = (parts: { text: string; match: boolean }[]) =>
  parts.filter((p) => p.match).map((p) => p.text)

describe('normalizeForSearch', () => {
  it('lower-cases and strips accents', () => {
    expect(normalizeForSearch('Zelenský ÉLYSÉE')).toBe('zelensky elysee')
  })

  it('folds typographic quotes to straight ones', () => {
    expect(normalizeForSearch('‘There’s’ “no” deal')).toBe(`'there's' "no" deal`)
  })

  it('treats a word-final sigma like any other sigma', () => {
    expect(normalizeForSearch('ΟΔΟΣ')).toBe(normalizeForSearch('οδοσ'))
  })

  it('keeps Indic vowel signs, which are letters rather than accents', () => {
    expect(normalizeForSearch('किताब')).not.toBe(normalizeForSearch('कताब'))
  })
})

describe('splitMatches', () => {
  it('finds matches whatever their case and keeps the original characters', () => {
    const parts = splitMatches('Putin met Trump; PUTIN smiled.', 'putin')
    expect(parts).toEqual([
      { text: 'Putin', match: true },
      { text: ' met Trump; ', match: false },
      { text: 'PUTIN', match: true },
      { text: ' smiled.', match: false },
    ])
  })

  it("matches a typed apostrophe against a typographic one: there's finds there’s", () => {
    const text = 'Well, there’s no deal until there’s a deal.'
    const parts = splitMatches(text, "there's")
    expect(matched(parts)).toEqual(['there’s', 'there’s'])
    expect(joined(parts)).toBe(text)
  })

  it('ignores accents on either side', () => {
    expect(matched(splitMatches('President Zelenský said', 'zelensky'))).toEqual(['Zelenský'])
    expect(matched(splitMatches('a CAFE nearby', 'café'))).toEqual(['CAFE'])
  })

  it('keeps a combining accent with the letter it sits on', () => {
    const text = 'cafe\u0301 noir'
    const parts = splitMatches(text, 'cafe')
    expect(parts[0]).toEqual({ text: 'cafe\u0301', match: true })
    expect(joined(parts)).toBe(text)
  })

  it('merges back-to-back matches into one run', () => {
    expect(splitMatches('hahaha!', 'ha')).toEqual([
      { text: 'hahaha', match: true },
      { text: '!', match: false },
    ])
  })

  it('returns the whole text unmatched for a blank query', () => {
    expect(splitMatches('Anchorage', '')).toEqual([{ text: 'Anchorage', match: false }])
    expect(splitMatches('Anchorage', ' \t ')).toEqual([{ text: 'Anchorage', match: false }])
    // A lone combining accent folds to nothing: there is nothing to look for.
    expect(splitMatches('Anchorage', '\u0301')).toEqual([{ text: 'Anchorage', match: false }])
  })

  it('ignores spaces around the query', () => {
    expect(matched(splitMatches('Joint Base Elmendorf', '  elmendorf '))).toEqual(['Elmendorf'])
  })

  it('returns one unmatched run when nothing matches, even for empty text', () => {
    expect(splitMatches('Anchorage', 'moscow')).toEqual([{ text: 'Anchorage', match: false }])
    expect(splitMatches('', 'moscow')).toEqual([{ text: '', match: false }])
  })

  it('highlights whole characters when a match ends inside a Hangul syllable', () => {
    const parts = splitMatches('대한민국', '하')
    expect(joined(parts)).toBe('대한민국')
    expect(matched(parts)).toEqual(['한'])
  })

  it('gives back the original text exactly when its runs are joined', () => {
    const alphabet = [...'aAeÉé’‘“”"\' ςΣσ\u0301\u00a0xX한🙂ß-İı']
    const rnd = lcg(20250815)
    const pick = () => alphabet[Math.floor(rnd() * alphabet.length)]!
    for (let round = 0; round < 400; round++) {
      const text = Array.from({ length: Math.floor(rnd() * 24) }, pick).join('')
      const from = Math.floor(rnd() * (text.length + 1))
      const query =
        rnd() < 0.7 ? text.slice(from, from + 1 + Math.floor(rnd() * 4)) : pick() + pick()
      const parts = splitMatches(text, query)
      expect(joined(parts)).toBe(text)
      const q = normalizeForSearch(query).trim()
      for (const part of matched(parts)) expect(normalizeForSearch(part)).toContain(q)
      if (q !== '' && normalizeForSearch(text).includes(q)) {
        expect(matched(parts).length).toBeGreaterThan(0)
      }
      expect(parts.some((p) => p.text === '') && parts.length > 1).toBe(false)
    }
  })
})

describe('matchesQuery', () => {
  it('matches any of the texts, skipping missing ones', () => {
    expect(matchesQuery([undefined, 'Vladimir Putin', 'Arrival'], 'putin')).toBe(true)
    expect(matchesQuery([undefined, 'Vladimir Putin'], 'lavrov')).toBe(false)
  })

  it('lets everything through when the query is blank', () => {
    expect(matchesQuery(['anything'], '')).toBe(true)
    expect(matchesQuery([], '   ')).toBe(true)
  })

  it('finds nothing in no texts for a real query', () => {
    expect(matchesQuery([undefined], 'putin')).toBe(false)
  })

  it('agrees with splitMatches on folded quotes and accents', () => {
    expect(matchesQuery(['We’ve made some headway'], "we've")).toBe(true)
    expect(matchesQuery(['Zelenský'], 'ZELENSKY')).toBe(true)
  })
})
