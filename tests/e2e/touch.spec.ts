import { expect, test, type CDPSession, type Page } from '@playwright/test'
import { mark, openTimeline } from './helpers'

test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true })

type Point = [number, number]

/** A touch gesture from `from` to `to` (one or two fingers), sent through the browser's input. */
async function gesture(cdp: CDPSession, from: Point[], to: Point[], steps = 10) {
  const at = (pts: Point[]) => pts.map(([x, y], id) => ({ x, y, id }))
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from) })
  for (let i = 1; i <= steps; i++) {
    const pts = from.map(([x, y], j): Point => {
      const [x1, y1] = to[j] ?? [x, y]
      return [x + ((x1 - x) * i) / steps, y + ((y1 - y) * i) / steps]
    })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(pts) })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
}

/** Two fingers moving apart around x0 + 170: zooms in. */
function pinchOut(cdp: CDPSession, x0: number, y: number) {
  return gesture(
    cdp,
    [
      [x0 + 150, y],
      [x0 + 190, y],
    ],
    [
      [x0 + 40, y],
      [x0 + 310, y],
    ],
  )
}

async function setup(page: Page) {
  await openTimeline(page)
  // Record whether anything cancelled the touchmoves (a cancelled move cannot scroll the page).
  await page.evaluate(() => {
    const w = window as unknown as { moves: TouchEvent[] }
    w.moves = []
    window.addEventListener('touchmove', (e) => w.moves.push(e), { capture: true })
  })
  // On a 740 px phone the surface starts near the bottom of the screen: bring it into view, or
  // a gesture 60 px into it would start below the viewport and reach nothing.
  const surface = page.locator('[data-timeline-surface]')
  await surface.evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const box = await surface.boundingBox()
  if (!box) throw new Error('no surface')
  const cancelled = () =>
    page.evaluate(
      () =>
        (window as unknown as { moves: TouchEvent[] }).moves.filter((e) => e.defaultPrevented)
          .length,
    )
  // The first event's marker: left of the pinch, so zooming in moves it further left.
  const markX = async () =>
    (await mark(page, 'trump-departs-washington').locator('.mark-dot').boundingBox())?.x ?? NaN
  return { cdp: await page.context().newCDPSession(page), box, cancelled, markX }
}

test.describe('touch', () => {
  test('a pinch on the timeline zooms it', async ({ page }) => {
    const { cdp, box, markX } = await setup(page)
    const y = box.y + 60
    const before = await markX()
    await pinchOut(cdp, box.x, y)
    await expect.poll(markX).not.toBeCloseTo(before, 0)
  })

  test('a sideways swipe pans the timeline', async ({ page }) => {
    const { cdp, box, markX } = await setup(page)
    const y = box.y + 60
    await pinchOut(cdp, box.x, y)
    await expect.poll(markX).toBeLessThan(box.x)
    const zoomed = await markX()
    await gesture(cdp, [[box.x + 100, y]], [[box.x + 250, y]])
    await expect.poll(markX).toBeGreaterThan(zoomed + 100)
  })

  test('an up-and-down swipe over the timeline is left to the page, which may scroll', async ({
    page,
  }) => {
    const { cdp, box, cancelled, markX } = await setup(page)
    const before = await markX()
    await gesture(cdp, [[box.x + 200, box.y + 120]], [[box.x + 190, box.y + 20]])
    expect(await cancelled()).toBe(0)
    expect(await markX()).toBeCloseTo(before, 0)
  })
})
