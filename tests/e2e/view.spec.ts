import { expect, test, type Page } from '@playwright/test'
import {
  chooseDisplay,
  mark,
  marks,
  openTimeline,
  settledBox,
  SUMMIT_EVENTS,
  summitEvent,
} from './helpers'

/** Opens the summit and shows the whole day (it opens on the JBER part of it), without motion. */
async function openWholeDay(page: Page) {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await openTimeline(page)
  await page.getByRole('button', { name: 'Fit all' }).click()
}

/** Boxes of every mark (marker and label together), after the first layout has settled. */
async function markBoxes(page: Page) {
  await settledBox(marks(page).last())
  return marks(page).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return {
        id: el.getAttribute('data-event-id'),
        left: r.left,
        right: r.right,
        top: r.top,
        bottom: r.bottom,
      }
    }),
  )
}

for (const width of [1280, 375]) {
  test(`at ${width}px Fit all shows every mark on the surface with no two overlapping`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await openWholeDay(page)
    const surface = await settledBox(page.locator('[data-timeline-surface]'))
    const boxes = await markBoxes(page)
    expect(boxes.length).toBeGreaterThanOrEqual(10)
    for (const b of boxes) {
      expect(b.left, `${b.id} starts inside`).toBeGreaterThanOrEqual(surface.x - 1)
      expect(b.right, `${b.id} ends inside`).toBeLessThanOrEqual(surface.x + surface.width + 1)
    }
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          a.left < b.right - 1 &&
          b.left < a.right - 1 &&
          a.top < b.bottom - 1 &&
          b.top < a.bottom - 1
        expect(overlap, `${a.id} and ${b.id} overlap`).toBe(false)
      }
    }
  })
}

test('at 1280px Fit all shows every label in full, where its lane has room', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 })
  await openWholeDay(page)
  await settledBox(marks(page).last())
  const cut = await page
    .locator('.mark-label')
    .evaluateAll((els) =>
      els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
    )
  expect(cut).toEqual([])
  expect(await page.locator('.mark-label').count()).toBe(12)
})

for (const width of [1280, 375]) {
  test(`at ${width}px Fit all spans the whole day across the surface, the last labels on the left of their marks`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await openWholeDay(page)
    const surface = await settledBox(page.locator('[data-timeline-surface]'))
    await settledBox(marks(page).last())
    // The day's first instant to its last, as drawn: each mark's span (its time, or its window).
    const [from, to] = await page.locator('.mark-span').evaluateAll((els) => {
      const boxes = els.map((el) => el.getBoundingClientRect())
      return [Math.min(...boxes.map((b) => b.left)), Math.max(...boxes.map((b) => b.right))]
    })
    // The same margin at both ends (a gutter and the document's 4% of context): no strip is
    // kept empty at the right for the last labels.
    const margin = from! - surface.x
    expect(margin).toBeLessThan(12 + surface.width * 0.05)
    expect(surface.x + surface.width - to!).toBeCloseTo(margin, 0)
    // The last event's title ends at its mark, whole.
    const lastId = SUMMIT_EVENTS[SUMMIT_EVENTS.length - 1]!.id
    await expect(mark(page, lastId)).toHaveAttribute('data-label-left', 'true')
    const label = mark(page, lastId).locator('.mark-label')
    const box = await settledBox(label)
    const dot = await settledBox(mark(page, lastId).locator('.mark-dot'))
    expect(box.x + box.width).toBeLessThanOrEqual(dot.x + dot.width)
    expect(box.x).toBeGreaterThanOrEqual(surface.x)
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  })

  test(`at ${width}px, with the whole day in view, the overview brush covers the strip end to end`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 })
    await openWholeDay(page)
    const strip = await settledBox(page.locator('[data-timeline-overview]'))
    const brush = await settledBox(page.locator('[data-overview-brush]'))
    // Only the gutters that keep the first and last marker whole are left out (12 px each).
    expect(brush.x - strip.x).toBeLessThanOrEqual(13)
    expect(strip.x + strip.width - (brush.x + brush.width)).toBeLessThanOrEqual(13)
    // Zoomed in, it no longer does.
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect
      .poll(async () => (await page.locator('[data-overview-brush]').boundingBox())?.width ?? 0)
      .toBeLessThan(brush.width * 0.8)
  })
}

test('hovering a mark shows its title and time', async ({ page }) => {
  await openTimeline(page)
  await settledBox(mark(page, 'trump-lands'))
  await mark(page, 'trump-lands').hover()
  const tip = page.getByRole('tooltip')
  await expect(tip).toContainText(summitEvent('trump-lands').title)
  await expect(tip).toContainText('10:20 AM AKDT')
  await page.mouse.move(5, 5)
  await expect(tip).toHaveCount(0)
})

test('the theme follows the system and the switch overrides it, remembered on reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await openTimeline(page)
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-theme', 'dark')
  await chooseDisplay(page, 'Theme', 'Light')
  await expect(html).toHaveAttribute('data-theme', 'light')
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  )
  expect(background).toBe('rgb(250, 249, 246)')
  await page.reload()
  await expect(html).toHaveAttribute('data-timeline-ready', 'true')
  await expect(html).toHaveAttribute('data-theme', 'light')
})
