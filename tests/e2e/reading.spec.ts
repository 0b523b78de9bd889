import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './a11yHelpers'
import { SUMMIT_EVENTS, cardsOf, detailTitle, mark, openTimeline, settledBox } from './helpers'

// "Click an event, read what was said": on every screen the words show without scrolling.
const SCREENS = [
  { name: 'laptop 1280×720', viewport: { width: 1280, height: 720 }, touch: false },
  { name: 'laptop 1440×900', viewport: { width: 1440, height: 900 }, touch: false },
  { name: 'phone 375×667', viewport: { width: 375, height: 667 }, touch: true },
  { name: 'phone 390×844', viewport: { width: 390, height: 844 }, touch: true },
] as const
const WITH_QUOTES = SUMMIT_EVENTS.filter((e) => (e.quotes?.length ?? 0) > 0)

/** How many px of the element are inside the window (the reader's screen). */
async function pxOnScreen(page: Page, locator: Locator): Promise<number> {
  const box = await settledBox(locator)
  const height = page.viewportSize()!.height
  return Math.min(box.y + box.height, height) - Math.max(box.y, 0)
}

for (const screen of SCREENS) {
  for (const scheme of ['light', 'dark'] as const) {
    test.describe(`${screen.name}, ${scheme}`, () => {
      test.use({
        viewport: screen.viewport,
        hasTouch: screen.touch,
        isMobile: screen.touch,
        colorScheme: scheme,
      })

      test('a click on each event with quotes puts its title, time and first card on screen', async ({
        page,
      }) => {
        await openTimeline(page)
        for (const event of WITH_QUOTES) {
          // Whatever came before (a sheet, a scroll), the reader finds the mark and clicks it.
          await page.keyboard.press('Escape')
          await mark(page, event.id).scrollIntoViewIfNeeded()
          await mark(page, event.id).click()
          await expect(detailTitle(page)).toHaveText(event.title)
          expect(await pxOnScreen(page, detailTitle(page))).toBeGreaterThan(20)
          const first = cardsOf(page, event.id).first()
          await expect(first).toBeVisible()
          expect(await pxOnScreen(page, first)).toBeGreaterThanOrEqual(80)
        }
      })
    })
  }
}

test.describe('keyboard reading', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('the first Tab is a skip link to the marks; Enter goes to the first quote, Escape back', async ({
    page,
  }) => {
    await openTimeline(page)
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: 'Skip to the timeline' })
    await expect(skip).toBeFocused()
    await expect(skip).toBeInViewport()
    await page.keyboard.press('Enter')
    // The mark in the tab order: the selected one, else the first in view.
    const first = page.locator('[role="tab"][data-event-id][tabindex="0"]')
    await expect(first).toHaveCount(1)
    await expect(first).toBeFocused()
    // Step to the press availability with the arrows, then read it.
    const press = WITH_QUOTES.find((e) => e.id === 'press-availability')!
    await mark(page, press.id).focus()
    await page.keyboard.press('Enter')
    const card = cardsOf(page, press.id).first()
    await expect(card).toBeFocused()
    expect(await pxOnScreen(page, card)).toBeGreaterThanOrEqual(80)
    await page.keyboard.press('Escape')
    await expect(mark(page, press.id)).toBeFocused()
  })

  test('the view switch is one tab stop, its arrows change the view', async ({ page }) => {
    await openTimeline(page)
    const timeline = page.getByRole('radio', { name: 'Timeline' })
    await timeline.focus()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('radio', { name: 'List' })).toBeFocused()
    await expect(page.getByRole('radio', { name: 'List' })).toHaveAttribute('aria-checked', 'true')
    await page.keyboard.press('Tab')
    // Tab leaves the group at once: the next stop is the Display menu, not the other radio.
    await expect(page.getByRole('button', { name: /Display/ })).toBeFocused()
  })

  test('the open menus and the reading panel pass axe', async ({ page }) => {
    await openTimeline(page)
    await mark(page, 'closing-exchange').click()
    await page.getByRole('button', { name: /Display/ }).click()
    await expect(page.getByRole('radiogroup', { name: 'Times in' })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: /Producer tools/ }).click()
    await expect(page.getByRole('button', { name: 'Open file…' })).toBeVisible()
    await expect(page.getByRole('radiogroup', { name: 'Times in' })).toBeHidden()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: /^Key/ }).click()
    await expect(
      page.getByRole('toolbar', { name: 'Show only these kinds of event' }),
    ).toBeVisible()
    await expectNoAxeViolations(page)
  })
})

test.describe('the phone sheet', () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true })

  test('the first screen shows the title and at least three events', async ({ page }) => {
    await openTimeline(page)
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport()
    const inView = await page.locator('[role="tab"][data-event-id]').evaluateAll(
      (els) =>
        els.filter((el) => {
          const r = el.getBoundingClientRect()
          return r.top >= 0 && r.bottom <= window.innerHeight
        }).length,
    )
    expect(inView).toBeGreaterThanOrEqual(3)
  })

  test('a tap raises the sheet; its arrows step; Escape closes it with focus on the mark', async ({
    page,
  }) => {
    await openTimeline(page)
    await mark(page, 'press-availability').tap()
    const sheet = page.getByRole('tabpanel')
    await expect(sheet).toHaveClass(/is-sheet/)
    await expect(page.getByRole('button', { name: 'Close' })).toBeInViewport()
    // The tapped mark stays above the sheet.
    const markBox = await settledBox(mark(page, 'press-availability'))
    const sheetBox = await settledBox(sheet)
    expect(markBox.y + markBox.height).toBeLessThanOrEqual(sheetBox.y)
    await page.getByRole('button', { name: 'Later event' }).tap()
    await expect(detailTitle(page)).toHaveText(
      SUMMIT_EVENTS.find((e) => e.id === 'closing-exchange')!.title,
    )
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(sheet).not.toHaveClass(/is-sheet/)
    await expect(mark(page, 'closing-exchange')).toBeFocused()
  })

  test('the sheet’s Close button returns to the timeline where it was', async ({ page }) => {
    await openTimeline(page)
    await mark(page, 'trump-hannity-interview').tap()
    // The sheet is up once its bar has drawn: by then it has lifted the mark above itself.
    const close = page.getByRole('button', { name: 'Close' })
    await expect(close).toBeVisible()
    const before = await page.evaluate(
      () =>
        new Promise<number>((done) =>
          requestAnimationFrame(() => requestAnimationFrame(() => done(window.scrollY))),
        ),
    )
    await close.tap()
    await expect(page.getByRole('tabpanel')).not.toHaveClass(/is-sheet/)
    await expect(mark(page, 'trump-hannity-interview')).toBeFocused()
    expect(await page.evaluate(() => window.scrollY)).toBe(before)
  })
})
