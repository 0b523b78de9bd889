import { expect, test } from '@playwright/test'
import { countReactCommits, mark, openTimeline, settledBox, untilReactRests } from './helpers'

// Counts React commits through the DevTools hook, which React DOM calls on every commit.
let readCommits: () => Promise<number>
test.beforeEach(async ({ page }) => {
  readCommits = await countReactCommits(page)
})

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
  await untilReactRests(page)
  const before = await readCommits()
  expect(before).toBeGreaterThan(0)
  // The gesture stays open until the button is released, however slow the machine is.
  await page.mouse.down()
  await page.mouse.move(surface.x + surface.width * 0.3, y, { steps: 12 })
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  )
  const markDuring = await mark(page, 'meeting-3on3').boundingBox()
  expect(markDuring?.x).toBeLessThan(markBefore.x - 50)
  expect((await readCommits()) - before).toBe(0)
  await page.mouse.up()
  // When the gesture ends, the visible range is committed to the store: React renders then.
  await expect.poll(() => readCommits()).toBeGreaterThan(before)
})
