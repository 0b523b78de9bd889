import { expect, test, type Page } from '@playwright/test'
import { drawnEventIds, mark, openTimeline, settledBox } from './helpers'

/** How much of a mark's title shows: its label's content width, or the whole title's. */
function shownPx(page: Page, id: string): Promise<number> {
  return mark(page, id)
    .locator('.mark-label')
    .evaluate((el) => {
      const style = getComputedStyle(el)
      const content =
        el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      // scrollWidth counts the padding too: the title's own width is what is left of it.
      const title = el.scrollWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
      return Math.min(content, title)
    })
}

for (const width of [1280, 375]) {
  test(`at ${width}px selecting a mark never cuts its label shorter than it was`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await page.setViewportSize({ width, height: 900 })
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await openTimeline(page)
    await page.getByRole('button', { name: 'Fit all' }).click()
    const ids = await drawnEventIds(page)
    for (const id of ids) {
      await settledBox(mark(page, id))
      const before = await shownPx(page, id)
      await mark(page, id).click()
      await expect(mark(page, id)).toHaveAttribute('data-selected', 'true')
      await settledBox(mark(page, id))
      expect(await shownPx(page, id), id).toBeGreaterThanOrEqual(before - 0.5)
    }
  })
}
