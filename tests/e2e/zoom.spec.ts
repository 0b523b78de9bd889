import { expect, test, type Page } from '@playwright/test'
import { generateDocument } from '../../scripts/bench-data.mjs'
import {
  drawnEventIds,
  mark,
  markIdsInsideSurface,
  marks,
  openTimeline,
  settledBox,
  SUMMIT_EVENTS,
} from './helpers'

const surface = (page: Page) => page.locator('[data-timeline-surface]')

/** Horizontal distance between the first and the last mark once both have settled. */
/** From the first event's marker to the last's (a mark's box also holds its label, either side). */
async function spreadPx(page: Page, firstId: string, lastId: string): Promise<number> {
  const dot = (id: string) => settledBox(mark(page, id).locator('.mark-dot'))
  const [a, b] = [await dot(firstId), await dot(lastId)]
  return b.x - a.x
}

/** A point on the surface that is not over a mark (the axis strip along its top). */
async function emptySpotOnSurface(page: Page, fraction: number) {
  const box = await settledBox(surface(page))
  return { x: box.x + box.width * fraction, y: box.y + 6 }
}

/** The ids of the first and last marks drawn, in time order. */
async function firstAndLast(page: Page) {
  const ids = await drawnEventIds(page)
  return { firstId: ids[0] ?? '', lastId: ids[ids.length - 1] ?? '' }
}

test.describe('zoom and pan', () => {
  test('a plain wheel over the timeline scrolls the page, leaves the view alone and says how to zoom', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 600 })
    await openTimeline(page)
    // The timeline in mid-screen, the page scrolled down a little: a wheel up can scroll it back.
    await surface(page).evaluate((el) => el.scrollIntoView({ block: 'center' }))
    const scrollYBefore = await page.evaluate(() => window.scrollY)
    expect(scrollYBefore).toBeGreaterThan(50)
    const meetingBefore = await settledBox(mark(page, 'meeting-3on3'))
    const hint = page.locator('[data-zoom-hint]')
    await expect(hint).toBeHidden()

    const spot = await emptySpotOnSurface(page, 0.5)
    await page.mouse.move(spot.x, spot.y)
    await page.mouse.wheel(0, -40)

    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(scrollYBefore)
    await expect(hint).toBeVisible()
    await expect(hint).toHaveText(/^Use (Ctrl|⌘) \+ scroll to zoom$/)
    // It fades away by itself.
    await expect(hint).toBeHidden()
    const meetingAfter = await settledBox(mark(page, 'meeting-3on3'))
    expect(meetingAfter.x).toBeCloseTo(meetingBefore.x, 0)
    expect(meetingAfter.width).toBeCloseTo(meetingBefore.width, 0)
  })

  test('Ctrl + wheel zooms in about the pointer, and neither the page nor the browser zooms', async ({
    page,
  }) => {
    await openTimeline(page)
    const { firstId, lastId } = await firstAndLast(page)
    const before = await spreadPx(page, firstId, lastId)
    const meetingBefore = await settledBox(mark(page, 'meeting-3on3'))
    const scrollYBefore = await page.evaluate(() => window.scrollY)

    const spot = await emptySpotOnSurface(page, 0.5)
    await page.mouse.move(spot.x, spot.y)
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -40)
    await page.keyboard.up('Control')

    await expect.poll(() => spreadPx(page, firstId, lastId)).toBeGreaterThan(before * 1.3)
    const meetingAfter = await settledBox(mark(page, 'meeting-3on3'))
    expect(Math.abs(meetingAfter.x - meetingBefore.x)).toBeGreaterThan(2)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollYBefore)
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1)
    // Zooming is no plain wheel: no hint.
    await expect(page.locator('[data-zoom-hint]')).toBeHidden()
  })

  test('a double-click on an empty spot zooms in about it, and the page does not scroll', async ({
    page,
  }) => {
    await openTimeline(page)
    const { firstId, lastId } = await firstAndLast(page)
    const before = await spreadPx(page, firstId, lastId)
    const scrollYBefore = await page.evaluate(() => window.scrollY)
    const spot = await emptySpotOnSurface(page, 0.5)
    await page.mouse.dblclick(spot.x, spot.y)
    await expect.poll(() => spreadPx(page, firstId, lastId)).toBeGreaterThan(before * 1.5)
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollYBefore)
  })

  test('a sideways trackpad swipe pans the timeline and keeps its scale', async ({ page }) => {
    await openTimeline(page)
    const { firstId, lastId } = await firstAndLast(page)
    const spread = await spreadPx(page, firstId, lastId)
    const meeting = mark(page, 'meeting-3on3')
    const xBefore = (await settledBox(meeting)).x
    const spot = await emptySpotOnSurface(page, 0.5)
    await page.mouse.move(spot.x, spot.y)
    // A swipe towards the morning (the first view ends near the day's end): the marks follow.
    for (let i = 0; i < 4; i++) await page.mouse.wheel(-50, 4)
    await expect.poll(async () => (await settledBox(meeting)).x - xBefore).toBeGreaterThan(150)
    expect(await spreadPx(page, firstId, lastId)).toBeCloseTo(spread, 0)
    expect(await page.evaluate(() => window.scrollX)).toBe(0)
    await expect(page.locator('[data-zoom-hint]')).toBeHidden()
  })

  test('the timeline keeps its height at every zoom, and Zoom in stops at a minute across', async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await openTimeline(page)
    const height = async () => (await settledBox(surface(page))).height
    const first = await height()
    const heights = new Set([first])
    const zoomIn = page.getByRole('button', { name: 'Zoom in' })
    await page.getByRole('button', { name: 'Fit all' }).click()
    heights.add(await height())
    let clicks = 0
    while ((await zoomIn.getAttribute('aria-disabled')) !== 'true') {
      expect(clicks++, 'Zoom in never stops').toBeLessThan(30)
      await zoomIn.click()
      heights.add(await height())
    }
    expect([...heights]).toEqual([first])
    await expect(zoomIn).toBeDisabled()
    // At the floor a minute spans the width the data is drawn across (the surface less a 12 px
    // gutter at each end): the handshake's three minutes (11:07 to 11:10) span three widths.
    const box = await settledBox(surface(page))
    const handshake = await mark(page, 'greeting-tarmac')
      .locator('.mark-span')
      .evaluate((el) => el.getBoundingClientRect().width)
    expect(handshake / (3 * (box.width - 24))).toBeCloseTo(1, 1)
    // A click on the disabled button changes nothing and keeps focus on it.
    const meeting = await settledBox(mark(page, 'meeting-3on3'))
    await zoomIn.focus()
    await page.keyboard.press('Enter')
    await expect(zoomIn).toBeFocused()
    expect((await settledBox(mark(page, 'meeting-3on3'))).x).toBeCloseTo(meeting.x, 0)

    await page.getByRole('button', { name: 'Zoom out' }).click()
    await expect(zoomIn).toBeEnabled()
    expect(await height()).toBe(first)
  })

  test('a document of 1,000 events keeps its height at every zoom too, and draws a cluster row', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    // Too many events to lay out every level before the first draw: it keeps a dense document's
    // rows (useDetailLayout), and lays out the other levels while the page is idle.
    const body = JSON.stringify(generateDocument({ events: 1_000, seed: 5 }))
    await page.route(
      (url) => url.pathname === '/generated/thousand.json',
      (route) => route.fulfill({ body, contentType: 'application/json' }),
    )
    await openTimeline(page, './?src=/generated/thousand.json')
    const height = async () => (await settledBox(surface(page))).height
    const first = await height()
    await expect(surface(page).locator('[data-cluster-count]').first()).toBeVisible()
    await expect(page.getByText('1,000 events', { exact: true })).toBeVisible()
    const heights = new Set([first])
    const zoomIn = page.getByRole('button', { name: 'Zoom in' })
    let clicks = 0
    while ((await zoomIn.getAttribute('aria-disabled')) !== 'true') {
      expect(clicks++, 'Zoom in never stops').toBeLessThan(40)
      await zoomIn.click()
      heights.add(await height())
    }
    expect(clicks).toBeGreaterThan(10)
    expect([...heights]).toEqual([first])
  })

  test('a trackpad pinch (a wheel with Control held) zooms the timeline, not the page', async ({
    page,
  }) => {
    await openTimeline(page)
    const { firstId, lastId } = await firstAndLast(page)
    const before = await spreadPx(page, firstId, lastId)
    const spot = await emptySpotOnSurface(page, 0.5)
    await page.mouse.move(spot.x, spot.y)
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -30)
    await page.keyboard.up('Control')
    await expect.poll(() => spreadPx(page, firstId, lastId)).toBeGreaterThan(before * 1.2)
    expect(await page.evaluate(() => window.visualViewport?.scale ?? 1)).toBe(1)
  })

  test('Fit all brings every mark back inside the surface after zooming in', async ({ page }) => {
    await openTimeline(page)
    const { firstId, lastId } = await firstAndLast(page)
    // The summit opens on part of the day: Fit all shows the whole of it.
    await page.getByRole('button', { name: 'Fit all' }).click()
    await expect.poll(() => markIdsInsideSurface(page)).toHaveLength(SUMMIT_EVENTS.length)
    const before = await spreadPx(page, firstId, lastId)

    const spot = await emptySpotOnSurface(page, 0.5)
    await page.mouse.move(spot.x, spot.y)
    await page.keyboard.down('Control')
    await page.mouse.wheel(0, -60)
    await page.mouse.wheel(0, -60)
    await page.keyboard.up('Control')
    await expect.poll(() => spreadPx(page, firstId, lastId)).toBeGreaterThan(before * 2)

    // Zoomed in, at least one mark lies outside the surface's box.
    const box = await settledBox(surface(page))
    const outside = async () => {
      let count = 0
      for (const m of await marks(page).all()) {
        const b = await m.boundingBox()
        if (!b || b.x < box.x - 1 || b.x > box.x + box.width) count++
      }
      return count
    }
    expect(await outside()).toBeGreaterThan(0)

    await page.getByRole('button', { name: 'Fit all' }).click()

    await expect.poll(outside).toBe(0)
    await expect.poll(() => spreadPx(page, firstId, lastId)).toBeCloseTo(before, 0)
  })

  test('Zoom in and Zoom out change the scale and dragging pans when zoomed in', async ({
    page,
  }) => {
    await openTimeline(page)
    const { firstId, lastId } = await firstAndLast(page)
    const before = await spreadPx(page, firstId, lastId)

    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect.poll(() => spreadPx(page, firstId, lastId)).toBeGreaterThan(before * 1.2)
    const zoomed = await spreadPx(page, firstId, lastId)

    // Drag to the right: every mark follows the pointer by the same distance.
    const meeting = mark(page, 'meeting-3on3')
    const xBefore = (await settledBox(meeting)).x
    const from = await emptySpotOnSurface(page, 0.3)
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(from.x + 60, from.y, { steps: 6 })
    await page.mouse.move(from.x + 120, from.y, { steps: 6 })
    await page.mouse.up()
    await expect.poll(async () => (await settledBox(meeting)).x - xBefore).toBeGreaterThan(60)
    // Panning keeps the scale.
    expect(Math.abs((await spreadPx(page, firstId, lastId)) - zoomed)).toBeLessThan(2)

    await page.getByRole('button', { name: 'Zoom out' }).click()
    await expect.poll(() => spreadPx(page, firstId, lastId)).toBeLessThan(zoomed * 0.8)
  })

  test('three quick clicks on Zoom in, each during the last one’s animation, zoom in three whole steps', async ({
    page,
  }) => {
    await openTimeline(page)
    const brush = page.locator('[data-overview-brush]')
    const whole = (await settledBox(brush)).width
    const zoomIn = page.getByRole('button', { name: 'Zoom in' })
    // Each animated step takes 350 ms; these clicks come well inside it.
    await zoomIn.click()
    await zoomIn.click()
    await zoomIn.click()
    // The toolbar's step is 1.6×: three steps show 1 / 4.096 of the day.
    await expect
      .poll(async () => (await settledBox(brush)).width / whole)
      .toBeCloseTo(1 / 1.6 ** 3, 2)
  })

  test('selecting any event while the whole day is shown keeps every mark on the surface', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await openTimeline(page)
    const ids = await drawnEventIds(page)
    const firstId = ids[0] ?? ''
    const lastId = ids[ids.length - 1] ?? ''
    await page.getByRole('button', { name: 'Fit all' }).click()
    await expect.poll(() => markIdsInsideSurface(page)).toEqual(ids)
    const wholeDay = await spreadPx(page, firstId, lastId)

    for (const id of ids) {
      await page.getByRole('button', { name: 'Fit all' }).click()
      await expect.poll(() => markIdsInsideSurface(page)).toEqual(ids)
      await mark(page, id).click()
      await expect(mark(page, id)).toHaveAttribute('data-selected', 'true')
      // Let any move the selection started run to its end before measuring.
      await settledBox(mark(page, firstId))
      await settledBox(mark(page, lastId))
      // The whole day already fits, so the view has no reason to zoom or to pan off the data.
      expect(await spreadPx(page, firstId, lastId), `after selecting ${id}`).toBeCloseTo(
        wholeDay,
        0,
      )
      expect(await markIdsInsideSurface(page), `after selecting ${id}`).toEqual(ids)
    }
  })
})

test('a script that dispatches a press on the surface raises no error and moves nothing', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await openTimeline(page)
  const before = await settledBox(mark(page, 'meeting-3on3'))
  await surface(page).evaluate((el) => {
    el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, clientX: 300, clientY: 20 }))
    el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: 200, clientY: 20 }))
  })
  expect((await settledBox(mark(page, 'meeting-3on3'))).x).toBeCloseTo(before.x, 0)
  expect(errors).toEqual([])
})
