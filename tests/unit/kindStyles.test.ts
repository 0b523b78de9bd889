import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { exportJson } from '../../src/data-io/exportJson'
import { KIND_PALETTE, kindStyles, SYMBOLS } from '../../src/domain/kinds'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { contrastRatio } from '../../src/domain/speakerStyle'
import { loadBuiltin } from '../../src/data-io/builtin'
import { minDeltaE } from './colourVision'

const css = readFileSync('src/index.css', 'utf8')
/** A custom property's value in the light (`:root`) or dark (`[data-theme='dark']`) block. */
function cssVar(name: string, theme: 'light' | 'dark'): string {
  const block = theme === 'light' ? /:root \{([^}]*)\}/ : /\[data-theme='dark'\] \{([^}]*)\}/
  const body = block.exec(css)?.[1] ?? ''
  return new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(body)?.[1] ?? ''
}

const council = () => JSON.parse(readFileSync('tests/fixtures/council/council.json', 'utf8'))

describe('kinds told apart', () => {
  it('gives each of a document’s kinds its own symbol and its own colour', () => {
    const doc = parseTimeline(council()).document!
    const looks = [...kindStyles(doc).values()]
    expect(looks).toHaveLength(5)
    expect(new Set(looks.map((l) => l.path)).size).toBe(5)
    expect(new Set(looks.map((l) => l.color)).size).toBe(5)
    expect(looks.map((l) => l.label)).toEqual([
      'Procedure',
      'Public comment',
      'Recess',
      'Debate',
      'Vote',
    ])
  })

  it('keeps the summit’s six kinds as they were', () => {
    const doc = loadBuiltin().document!
    const looks = kindStyles(doc)
    expect(looks.get('meeting')).toMatchObject({
      styleKey: 'meeting',
      color: 'var(--k-meeting)',
      path: SYMBOLS.hexagon,
    })
    expect(looks.get('closing-exchange')?.path).toBe(SYMBOLS.star)
    // Every summit kind keeps its own colour property: none takes a palette slot.
    for (const [kind, look] of looks) expect(look.styleKey).toBe(kind)
  })

  it('uses the label, symbol and colour a document gives, and keeps them through export', () => {
    const raw = council()
    raw.kinds = [
      { id: 'vote', label: 'Roll-call vote', symbol: 'star', color: '#1D4ED8' },
      { id: 'debate', symbol: 'circle' },
    ]
    const { document, problems } = parseTimeline(raw)
    expect(problems).toEqual([])
    const looks = kindStyles(document!)
    expect(looks.get('vote')).toEqual({
      label: 'Roll-call vote',
      path: SYMBOLS.star,
      styleKey: 'custom',
      color: '#1d4ed8',
    })
    expect(looks.get('debate')?.path).toBe(SYMBOLS.circle)
    // The kinds it leaves out take other symbols than the ones it chose.
    const others = ['procedure', 'public-comment', 'recess'].map((k) => looks.get(k)?.path)
    expect(others).not.toContain(SYMBOLS.star)
    expect(others).not.toContain(SYMBOLS.circle)
    expect(new Set([...looks.values()].map((l) => l.path)).size).toBe(5)
    const again = parseTimeline(JSON.parse(exportJson(document!))).document!
    expect(again.kinds).toEqual(document!.kinds)
  })

  it('reports a colour that is not #rrggbb and an unknown symbol', () => {
    const raw = council()
    raw.kinds = [{ id: 'vote', symbol: 'blob', color: 'red' }]
    const { problems } = parseTimeline(raw)
    expect(problems.map((p) => p.path).sort()).toEqual(['$.kinds[0].color', '$.kinds[0].symbol'])
  })

  it('keeps many kinds apart: a symbol and colour pair for each', () => {
    const events = Array.from({ length: 12 }, (_, i) => ({
      id: `e${i}`,
      kind: `kind-${i}`,
      title: `Event ${i}`,
      start: `2026-03-0${1 + (i % 9)}`,
    }))
    const looks = [...kindStyles(parseTimeline({ events }).document!).values()]
    expect(new Set(looks.map((l) => `${l.path}|${l.color}`)).size).toBe(12)
    expect(new Set(looks.slice(0, 6).map((l) => l.color)).size).toBe(6)
  })
})

describe('the kind palette', () => {
  for (const theme of ['light', 'dark'] as const) {
    const palette = KIND_PALETTE[theme]
    it(`is the one index.css sets (${theme})`, () => {
      expect(palette.map((_, i) => cssVar(`k-p${i}`, theme))).toEqual([...palette])
    })

    it(`keeps 3:1 against the page and panels (${theme})`, () => {
      for (const bg of [
        cssVar('page', theme),
        cssVar('surface', theme),
        cssVar('surface-2', theme),
      ]) {
        for (const colour of palette)
          expect(contrastRatio(colour, bg), `${colour} on ${bg}`).toBeGreaterThanOrEqual(3)
      }
    })

    it(`stays apart under protanopia, deuteranopia and tritanopia (${theme})`, () => {
      for (let i = 0; i < palette.length; i++) {
        for (let j = i + 1; j < palette.length; j++) {
          expect(
            minDeltaE(palette[i]!, palette[j]!),
            `${palette[i]} vs ${palette[j]}`,
          ).toBeGreaterThanOrEqual(15)
        }
      }
    })
  }
})
