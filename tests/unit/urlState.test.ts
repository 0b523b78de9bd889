import { describe, expect, it } from 'vitest'
import { decodeHash, encodeHash, isHashSafeId, type UrlState } from '../../src/embed/urlState'

/** Numerical Recipes LCG: the same numbers on every run, in [0, 1). */
function lcg(seed: number): () => number {
  let s = seed >>> 0
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32
}

const SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-'

describe('decodeHash', () => {
  it('reads a selected event', () => {
    expect(decodeHash('#event=arrival')).toStrictEqual({ eventId: 'arrival' })
  })

  it('reads a selected quote', () => {
    expect(decodeHash('#quote=q-trump-1')).toStrictEqual({ quoteId: 'q-trump-1' })
  })

  it('reads a hash given without its "#"', () => {
    expect(decodeHash('event=arrival')).toStrictEqual({ eventId: 'arrival' })
  })

  it('reads an event and a quote together', () => {
    expect(decodeHash('#event=a&quote=b')).toStrictEqual({ eventId: 'a', quoteId: 'b' })
  })

  it('percent-decodes ids', () => {
    expect(decodeHash('#event=press%2Dconference')).toStrictEqual({ eventId: 'press-conference' })
  })

  it('leaves the fields out, rather than undefined, when nothing is selected', () => {
    const state = decodeHash('')
    expect(state).toStrictEqual({})
    expect('eventId' in state).toBe(false)
    expect('quoteId' in state).toBe(false)
  })

  it('ignores empty, broken and unsafe ids and unknown keys without throwing', () => {
    for (const hash of [
      '#event=',
      '#%E0%A4%A',
      '#event=%E0%A4%A',
      '#event=a%20b',
      '#event=a/b',
      '#event=%3Cscript%3E',
      '#foo=bar',
      '#=x',
      '#event',
      '#&&&',
      '#',
      `#event=${'a'.repeat(121)}`,
    ]) {
      expect(decodeHash(hash), hash).toStrictEqual({})
    }
  })

  it('keeps the usable part of a partly broken hash', () => {
    expect(decodeHash('#foo=bar&event=a%20b&quote=q1')).toStrictEqual({ quoteId: 'q1' })
    expect(decodeHash('#event=&event=second')).toStrictEqual({ eventId: 'second' })
    expect(decodeHash('#event=first&event=second')).toStrictEqual({ eventId: 'first' })
  })

  it('accepts ids of up to 120 URL-safe characters', () => {
    const id = `${SAFE}${'x'.repeat(120 - SAFE.length)}`
    expect(decodeHash(`#event=${id}`)).toStrictEqual({ eventId: id })
  })
})

describe('encodeHash', () => {
  it('writes the quote, which implies its event, when a quote is selected', () => {
    expect(encodeHash({ eventId: 'arrival', quoteId: 'q1' })).toBe('#quote=q1')
    expect(encodeHash({ quoteId: 'q1' })).toBe('#quote=q1')
  })

  it('writes the event when only an event is selected', () => {
    expect(encodeHash({ eventId: 'arrival' })).toBe('#event=arrival')
  })

  it('writes nothing when nothing is selected', () => {
    expect(encodeHash({})).toBe('')
  })

  it('leaves out an id that the hash cannot carry', () => {
    expect(encodeHash({ quoteId: 'has space' })).toBe('')
    expect(encodeHash({ eventId: 'arrival', quoteId: 'a/b' })).toBe('#event=arrival')
    expect(isHashSafeId('a/b')).toBe(false)
    expect(isHashSafeId('a.b_c~d-e')).toBe(true)
  })

  it('round-trips through decodeHash for random URL-safe ids', () => {
    const rnd = lcg(815)
    const randomId = () =>
      Array.from(
        { length: 1 + Math.floor(rnd() * 120) },
        () => SAFE[Math.floor(rnd() * SAFE.length)],
      ).join('')
    for (let i = 0; i < 300; i++) {
      const eventId = randomId()
      const quoteId = randomId()
      expect(decodeHash(encodeHash({ eventId }))).toStrictEqual({ eventId })
      expect(decodeHash(encodeHash({ eventId, quoteId }))).toStrictEqual({ quoteId })
      const state: UrlState = decodeHash(`#event=${eventId}&quote=${quoteId}`)
      expect(state).toStrictEqual({ eventId, quoteId })
    }
  })

  it('round-trips a decoded hash back to the same text', () => {
    for (const hash of ['#event=arrival', '#quote=q-7.b~', '']) {
      expect(encodeHash(decodeHash(hash))).toBe(hash)
    }
  })
})
