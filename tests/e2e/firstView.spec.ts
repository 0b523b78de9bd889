import { expect, test, type Page } from '@playwright/test'
import { mark, markIdsInsideSurface, openTimeline, settledBox, SUMMIT_EVENTS } from './helpers'

// The summit's document opens on the JBER part of the day (its `view`); the departure from
// Washington, six hours earlier, is one "Fit all", one press on the overview or one key away.
const order = SUMMIT_EVENTS.map((e) => e.id)
const WASHINGTON = 'trump-departs-washington'
const atJber = order.filter((id) => id !== WASHINGTON)

const surface = (page: Page) => page.locator('[data-timeline-surface]')

/** Waits until the marks of `ids` lie inside the surface, every move over. */
async function expectInside(page: Page, ids: string[]) {
  await expect.poll(() => markIdsInsideSurface(page)).toEqual(ids)
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
})

for (const width of [1280, 375]) {
  test(`at ${width}px the summit opens on the JBER part of the day, and Fit all shows all of it`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await openTimeline(page)
    await expectInside(page, atJber)
    // The morning departure lies before the view, to its left; the JBER hours fill the width.
    const box = await settledBox(surface(page))
    const dot = (id: string) => settledBox(mark(page, id).locator('.mark-dot'))
    expect((await dot(WASHINGTON)).x).toBeLessThan(box.x)
    const spread = (await dot('trump-departs')).x - (await dot('trump-lands')).x
    expect(spread).toBeGreaterThan(box.width * 0.8)

    await page.getByRole('button', { name: 'Fit all' }).click()
    await expectInside(page, order)
  })
}

test('from the first event in view, ArrowLeft selects the departure from Washington and pans to it', async ({
  page,
}) => {
  await openTimeline(page)
  // Tab enters the marks on the first one in view.
  const tabbable = page.locator('[role="tab"][tabindex="0"]')
  await expect(tabbable).toHaveAttribute('data-event-id', 'trump-lands')
  await tabbable.focus()
  await page.keyboard.press('ArrowLeft')
  await expect(mark(page, WASHINGTON)).toBeFocused()
  await expect(mark(page, WASHINGTON)).toHaveAttribute('data-selected', 'true')
  await expect.poll(() => markIdsInsideSurface(page)).toContain(WASHINGTON)
})

test('a press at the start of the overview strip brings the departure from Washington into view', async ({
  page,
}) => {
  await openTimeline(page)
  const strip = await settledBox(page.locator('[data-timeline-overview]'))
  await page.mouse.click(strip.x + 16, strip.y + strip.height / 2)
  await expect.poll(() => markIdsInsideSurface(page)).toContain(WASHINGTON)
})

test('a link to an event outside the first view opens where that event is', async ({ page }) => {
  await openTimeline(page, `./#event=${WASHINGTON}`)
  await expect(mark(page, WASHINGTON)).toHaveAttribute('data-selected', 'true')
  await expect.poll(() => markIdsInsideSurface(page)).toContain(WASHINGTON)
})
