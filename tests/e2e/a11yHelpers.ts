import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'

/** The WCAG levels the issue asks axe to check. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Runs axe-core on the page and fails with every violation and its elements listed. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact ?? ''}): ${v.help}; ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
  expect(found).toEqual([])
}

/** Reads "rgb(26, 26, 26)" or "rgba(…)" as [r, g, b, alpha]. */
export function parseRgb(css: string): [number, number, number, number] {
  const m = /rgba?\(([^)]+)\)/.exec(css)
  if (!m?.[1]) throw new Error(`not an rgb() colour: ${css}`)
  const [r = 0, g = 0, b = 0, a = 1] = m[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number)
  return [r, g, b, a]
}

/** WCAG 2 contrast ratio between two opaque CSS colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (css: string) => {
    const [r, g, b] = parseRgb(css).map((c) => {
      const s = c / 255
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
  }
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)
}

/** The first opaque background behind an element (up to the page's own). */
export function backgroundBehind(locator: Locator): Promise<string> {
  return locator.evaluate((el) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor
      if (bg && bg !== 'transparent' && !/rgba\([^)]*,\s*0\)/.test(bg)) return bg
    }
    return getComputedStyle(document.documentElement).backgroundColor
  })
}

/** The focused element's outline: its width, style, colour, and the box it is drawn around. */
export function focusRing(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const cs = getComputedStyle(el)
    const width = parseFloat(cs.outlineWidth)
    const grow = width + Math.max(0, parseFloat(cs.outlineOffset) || 0)
    const r = el.getBoundingClientRect()
    return {
      width,
      style: cs.outlineStyle,
      color: cs.outlineColor,
      box: {
        left: r.left - grow,
        top: r.top - grow,
        right: r.right + grow,
        bottom: r.bottom + grow,
      },
    }
  })
}

/**
 * Elements whose text is cut: content wider than the box while overflow hides it. Mark labels
 * are left out on purpose: they end in an ellipsis, and the mark's name, its tooltip and the
 * list view give the whole title.
 */
export function cutOffText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => {
        if (el.closest('.mark, svg, [data-timeline-surface]') || !el.textContent?.trim())
          return false
        // Visually hidden text (the live region) is 1 px by design.
        if (el.getBoundingClientRect().width <= 1) return false
        const cs = getComputedStyle(el)
        const hides = /hidden|clip/.test(cs.overflowX + cs.overflowY)
        return hides && cs.display !== 'none' && el.scrollWidth > el.clientWidth + 1
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`),
  )
}

/** True when the page itself scrolls sideways (something is wider than the viewport). */
export function pageScrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  )
}
