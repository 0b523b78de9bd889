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

test('a sideways swipe pans the marks without React rendering, then commits once it ends', async ({
  page,
}) => {
  await openTimeline(page)
  const surface = await settledBox(page.locator('[data-timeline-surface]'))
  await settledBox(mark(page, 'meeting-3on3'))
  // Over the axis strip, where no mark passes under the pointer (so hover cannot render).
  await page.mouse.move(surface.x + surface.width * 0.6, surface.y + 12)
  await untilReactRests(page)
  const before = await readCommits()
  // Wheel events less than 150 ms apart make one gesture: sent here in one go, as a trackpad
  // sends them, and measured within it, so that a busy machine cannot end the gesture first.
  const during = await page.locator('[data-timeline-surface]').evaluate(async (el) => {
    const w = window as unknown as { reactCommits: number }
    const mark = el.querySelector('[data-event-id="meeting-3on3"]')!
    const x0 = mark.getBoundingClientRect().x
    const commits0 = w.reactCommits
    for (let i = 0; i < 6; i++) {
      el.dispatchEvent(new WheelEvent('wheel', { deltaX: -30, bubbles: true, cancelable: true }))
    }
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
    return { movedPx: mark.getBoundingClientRect().x - x0, commits: w.reactCommits - commits0 }
  })
  expect(during.movedPx).toBeGreaterThan(100)
  expect(during.commits).toBe(0)
  // When the swipe ends, the visible range is committed to the store: React renders then.
  await expect.poll(() => readCommits()).toBeGreaterThan(before)
})
