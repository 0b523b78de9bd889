import { expect, test, type Page } from '@playwright/test'
import { mark, openTimeline } from './helpers'

/** How far the page can scroll sideways; 0 when nothing overflows. */
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

for (const width of [320, 375]) {
  test.describe(`at ${width}px wide`, () => {
    test.use({ viewport: { width, height: 800 } })

    test(`the page does not scroll sideways at ${width}px`, async ({ page }) => {
      await openTimeline(page)
      await expect(mark(page, 'meeting-3on3')).toBeVisible()
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    })

    test(`the page does not scroll sideways at ${width}px with the press event and its quotes selected`, async ({
      page,
    }) => {
      await openTimeline(page, './#event=press-availability')
      await expect(mark(page, 'press-availability')).toHaveAttribute('data-selected', 'true')
      await expect(page.locator('figure[data-event-id="press-availability"]').first()).toBeVisible()
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    })
  })
}
