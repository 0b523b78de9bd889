import { expect, test } from '@playwright/test'
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

const commits = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { reactCommits: number }).reactCommits)

test('zooming moves the marks frame by frame without React rendering, then commits once', async ({
  page,
}) => {
  await openTimeline(page)
  const surface = await settledBox(page.locator('[data-timeline-surface]'))
  const markBefore = await settledBox(mark(page, 'meeting-3on3'))
  // Over the axis strip, where no mark passes under the pointer (so hover cannot render).
  await page.mouse.move(surface.x + surface.width * 0.45, surface.y + 12)
  expect(await commits(page)).toBeGreaterThan(0)
  const before = await commits(page)
  // A gesture: wheel events closer together than d3-zoom's 150 ms end-of-wheel delay.
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, -60)
    await page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    )
  }
  const during = await commits(page)
  const markDuring = await mark(page, 'meeting-3on3').boundingBox()
  expect(markDuring?.width).toBeGreaterThan(markBefore.width)
  expect(during - before).toBe(0)
  // When the gesture ends, the visible range is committed to the store: React renders then.
  await expect.poll(() => commits(page)).toBeGreaterThan(during)
})
