import { expect, test, type Page } from '@playwright/test'
import { backgroundBehind, contrastRatio, focusRing } from './a11yHelpers'
import {
  cardsOf,
  chooseDisplay,
  mark,
  marks,
  openKey,
  openTimeline,
  settledBox,
  SUMMIT_EVENTS,
} from './helpers'

const order = SUMMIT_EVENTS.map((e) => e.id)
const surface = (page: Page) => page.locator('[data-timeline-surface]')

async function openInTheme(page: Page, theme: 'Light' | 'Dark', path = './') {
  await openTimeline(page, path)
  await chooseDisplay(page, 'Theme', theme)
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme.toLowerCase())
}

/** The focused element's ring is at least 2 px, at 3:1 against what lies behind it. */
async function expectVisibleRing(page: Page) {
  const ring = await focusRing(page)
  expect(ring.style).not.toBe('none')
  expect(ring.width).toBeGreaterThanOrEqual(2)
  const behind = await backgroundBehind(page.locator(':focus'))
  expect(contrastRatio(ring.color, behind)).toBeGreaterThanOrEqual(3)
  return ring
}

for (const theme of ['Light', 'Dark'] as const) {
  test.describe(`seeing, ${theme.toLowerCase()} theme`, () => {
    test('every mark, reached by keyboard, shows a focus ring that nothing clips or covers', async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await openInTheme(page, theme, `./#event=${order[0]}`)
      // Reached with Tab, as a keyboard reader does (a programmatic focus may show no ring).
      await page.getByRole('button', { name: 'Fit all' }).focus()
      await page.keyboard.press('Tab')
      const frame = await surface(page).boundingBox()
      if (!frame) throw new Error('no timeline surface')
      for (const [i, id] of order.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight')
        await expect(mark(page, id)).toBeFocused()
        // The timeline pans to the focused event: measure once the mark has come to rest.
        await settledBox(mark(page, id))
        const { box } = await expectVisibleRing(page)
        // The surface hides what overflows it: the whole ring must lie inside.
        expect(box.left).toBeGreaterThanOrEqual(frame.x - 0.5)
        expect(box.right).toBeLessThanOrEqual(frame.x + frame.width + 0.5)
        expect(box.top).toBeGreaterThanOrEqual(frame.y - 0.5)
        expect(box.bottom).toBeLessThanOrEqual(frame.y + frame.height + 0.5)
        // Any mark overlapping the ring is drawn beneath the focused one.
        const coveredBy = await page.evaluate((ringBox) => {
          const focused = document.activeElement as HTMLElement
          const z = (el: Element) => Number(getComputedStyle(el).zIndex) || 0
          return [...document.querySelectorAll('[role="tab"][data-event-id]')]
            .filter((el) => el !== focused)
            .filter((el) => {
              const r = el.getBoundingClientRect()
              const overlaps =
                r.left < ringBox.right &&
                r.right > ringBox.left &&
                r.top < ringBox.bottom &&
                r.bottom > ringBox.top
              return overlaps && z(el) >= z(focused)
            })
            .map((el) => el.getAttribute('data-event-id'))
        }, box)
        expect(coveredBy).toEqual([])
      }
    })

    test('buttons, the search box and quote links show a focus ring at 3:1', async ({ page }) => {
      await openInTheme(page, theme, './#event=press-availability')
      await page.getByRole('button', { name: 'Fit all' }).focus()
      await page.keyboard.press('Shift+Tab')
      await expectVisibleRing(page)
      await page.getByRole('searchbox', { name: 'Search quotes' }).focus()
      await expectVisibleRing(page)
      await cardsOf(page, 'press-availability').first().getByRole('link').first().focus()
      await expectVisibleRing(page)
    })

    test('every mark stands at 3:1 or more against the timeline behind it', async ({ page }) => {
      await openInTheme(page, theme)
      const behind = await backgroundBehind(surface(page))
      const colours = await marks(page).evaluateAll((els) =>
        els.map((el) => {
          const body = el.querySelector('.kind-shape-body')
          if (!body) return { id: el.getAttribute('data-event-id'), colour: 'missing' }
          const cs = getComputedStyle(body)
          // Approximate marks are hollow: their colour is in the outline.
          const colour = el.getAttribute('data-approximate') === 'true' ? cs.stroke : cs.fill
          return { id: el.getAttribute('data-event-id'), colour }
        }),
      )
      expect(colours).toHaveLength(order.length)
      for (const { id, colour } of colours) {
        expect(
          contrastRatio(colour, behind),
          `${id}: ${colour} on ${behind}`,
        ).toBeGreaterThanOrEqual(3)
      }
    })
  })
}

test('kinds differ in shape as well as colour, and the legend shows each kind’s shape', async ({
  page,
}) => {
  await openTimeline(page)
  const shapes = await marks(page).evaluateAll((els) =>
    els.map((el) => [
      el.getAttribute('data-event-kind') ?? '',
      el.querySelector('.kind-shape-body')?.getAttribute('d') ?? '',
    ]),
  )
  const byKind = new Map(shapes.map(([kind, d]) => [kind, d]))
  // Each kind draws one shape on all its marks, and no two kinds share a shape.
  for (const [kind, d] of shapes) expect(d, kind).toBe(byKind.get(kind))
  expect(new Set(byKind.values()).size).toBe(byKind.size)
  const legend = await openKey(page)
  for (const [kind, d] of byKind) {
    const key = legend.locator(`[data-kind-style="${kind}"] .kind-shape-body`)
    await expect(key, kind).toHaveAttribute('d', d ?? '')
  }
})

test('every button, tab and field is at least 24 by 24 px, at 1280 and at 320 px', async ({
  page,
}) => {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 800 })
    await openTimeline(page, './#event=press-availability')
    const small = await page.locator('button, input, select, [role="tab"]').evaluateAll((els) =>
      els
        .map((el) => ({ el, r: el.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(
          ({ el, r }) =>
            `${el.textContent?.trim() || el.getAttribute('aria-label')}: ${r.width}×${r.height}`,
        ),
    )
    expect(small, `at ${width} px`).toEqual([])
  }
})

test('in forced-colours mode the marks, the selection and the focus stay visible', async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await openTimeline(page, './#event=press-availability')
  const behind = await backgroundBehind(surface(page))
  const exact = mark(page, 'trump-lands').locator('.kind-shape-body')
  const fill = await exact.evaluate((el) => getComputedStyle(el).fill)
  expect(contrastRatio(fill, behind)).toBeGreaterThanOrEqual(3)

  const outline = (id: string) =>
    mark(page, id)
      .locator('.mark-label')
      .evaluate((el) => getComputedStyle(el).outlineStyle)
  expect(await outline('press-availability')).not.toBe('none')
  expect(await outline('trump-lands')).toBe('none')
  const highlighted = cardsOf(page, 'press-availability').first()
  expect(await highlighted.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none')

  // Toggles still show which one is on, and the press statements' window is still drawn.
  await page.getByRole('button', { name: /^Display/ }).click()
  const theme = page.getByRole('radiogroup', { name: 'Theme' })
  const pressedBackground = (name: string) =>
    theme.getByRole('radio', { name }).evaluate((el) => getComputedStyle(el).backgroundColor)
  const pageBackground = await backgroundBehind(page.locator('body'))
  expect(contrastRatio(await pressedBackground('Auto'), pageBackground)).toBeGreaterThanOrEqual(3)
  const band = mark(page, 'press-availability').locator('.mark-span')
  expect(await band.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('gradient')

  await mark(page, 'press-availability').focus()
  await page.keyboard.press('ArrowLeft')
  const ring = await focusRing(page)
  expect(ring.style).not.toBe('none')
  expect(ring.width).toBeGreaterThanOrEqual(2)
})
