import { expect, test, type Page } from '@playwright/test'
import { mark, openTimeline, settledBox } from './helpers'

// Counts React commits through the DevTools hook, which React DOM calls on every commit.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { reactCommits: number; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown }
    w.reactCommits = 0
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onScheduleFiberRoot: () => {},
      onCommitFiberRoot: () => {
        w.reactCommits += 1
      },
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
    }
  })
})

const commits = (page: Page) =>
  page.evaluate(() => (window as unknown as { reactCommits: number }).reactCommits)

test('a drag pans the marks frame by frame without React rendering, then commits once', async ({
  page,
}) => {
  await openTimeline(page)
  // Zoom in first (at the whole-day zoom there is nothing to pan to).
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  const surface = await settledBox(page.locator('[data-timeline-surface]'))
  const markBefore = await settledBox(mark(page, 'meeting-3on3'))
  // Over the axis strip, where no mark passes under the pointer (so hover cannot render).
  const y = surface.y + 12
  await page.mouse.move(surface.x + surface.width * 0.6, y)
  const before = await commits(page)
  expect(before).toBeGreaterThan(0)
  // The gesture stays open until the button is released, however slow the machine is.
  await page.mouse.down()
  await page.mouse.move(surface.x + surface.width * 0.3, y, { steps: 12 })
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  )
  const markDuring = await mark(page, 'meeting-3on3').boundingBox()
  expect(markDuring?.x).toBeLessThan(markBefore.x - 50)
  expect((await commits(page)) - before).toBe(0)
  await page.mouse.up()
  // When the gesture ends, the visible range is committed to the store: React renders then.
  await expect.poll(() => commits(page)).toBeGreaterThan(before)
})
