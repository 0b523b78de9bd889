import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// The lanes give each label a width (drawMarks writes its max-width); the selected state must
// not take any of it, or a title that fitted is cut once selected ("Budget passes …").
const css = readFileSync('src/index.css', 'utf8')

/** The declarations of every rule whose selector styles a selected mark's label. */
function selectedLabelDeclarations(): string[] {
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)]
  return rules
    .filter(([, selector = '']) =>
      selector
        .split(',')
        .some((s) => s.includes(".mark[data-selected='true']") && s.includes('.mark-label')),
    )
    .flatMap(([, , body = '']) => body.split(';').map((d) => d.trim()))
    .filter((d) => d !== '' && !d.startsWith('/*'))
}

describe('the selected mark label', () => {
  it('is styled somewhere (the highlight exists)', () => {
    expect(selectedLabelDeclarations().some((d) => d.startsWith('background'))).toBe(true)
  })

  it('adds no padding, margin, border, width or font change that would narrow its text', () => {
    const takesRoom =
      /^(padding|margin|border(-left|-right|-inline)?(-width)?|width|max-width|font|font-weight|font-size|letter-spacing)\s*:/
    const offending = selectedLabelDeclarations().filter(
      (d) => takesRoom.test(d) && !/^border-radius/.test(d),
    )
    expect(offending).toEqual([])
  })
})
