import { expect, test, type Locator, type Page } from '@playwright/test'
import { cardsOf, mark, openTimeline, settledBox } from './helpers'

declare global {
  interface Window {
    __seen?: string[]
  }
}

/** Records each position the element moves to: its transform as frames write it, or its scroll. */
async function record(target: Locator, kind: 'transform' | 'scroll') {
  await target.evaluate((el, k) => {
    window.__seen = []
    const now = () => (k === 'scroll' ? String(el.scrollTop) : (el as HTMLElement).style.transform)
    // The position when recording starts is the baseline, not a move: a scroll event for a
    // scrollTop set just before is dispatched at the next frame, and must not count.
    let last = now()
    const note = () => {
      const value = now()
      if (value !== last) window.__seen?.push(value)
      last = value
    }
    if (k === 'scroll') el.addEventListener('scroll', note)
    else new MutationObserver(note).observe(el, { attributes: true, attributeFilter: ['style'] })
  }, kind)
}
const seen = (page: Page) => page.evaluate(() => window.__seen ?? [])

/** Waits until the element's scroll position has not changed for several frames. */
async function settledScroll(list: Locator) {
  await list.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        let last = -1
        let same = 0
        const tick = () => {
          same = el.scrollTop === last ? same + 1 : 0
          last = el.scrollTop
          if (same >= 10) resolve()
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
  )
}

test.describe('with prefers-reduced-motion: reduce', () => {
  test.beforeEach(({ page }) => page.emulateMedia({ reducedMotion: 'reduce' }))

  test('a zoom jumps: each mark moves once, straight to its new place', async ({ page }) => {
    await openTimeline(page)
    const far = mark(page, 'trump-departs')
    await settledBox(far)
    await record(far, 'transform')
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect.poll(() => seen(page)).not.toEqual([])
    await settledBox(far)
    expect(await seen(page)).toHaveLength(1)
  })

  test('selecting an event brings its words to the top of the reading panel in one jump', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await openTimeline(page)
    // The reader has scrolled down the list of every quote, in the panel beside the timeline.
    const panel = page.locator('[data-reading-scroll]')
    await panel.evaluate((el) => (el.scrollTop = 600))
    await record(panel, 'scroll')
    await mark(page, 'trump-hannity-interview').click()
    await expect.poll(() => seen(page)).not.toEqual([])
    await settledScroll(panel)
    expect(await seen(page)).toHaveLength(1)
    const box = await panel.boundingBox()
    const card = await cardsOf(page, 'trump-hannity-interview').first().boundingBox()
    expect(card && box && card.y >= box.y && card.y < box.y + box.height).toBe(true)
  })

  test('nothing on the page animates or transitions', async ({ page }) => {
    await openTimeline(page, './#event=press-availability')
    const longest = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll('body *')].flatMap((el) => {
          const cs = getComputedStyle(el)
          return [cs.transitionDuration, cs.animationDuration]
            .flatMap((v) => v.split(','))
            .map((v) => parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1))
        }),
      ),
    )
    expect(longest).toBeLessThanOrEqual(0.001)
  })

  test('a zoom starts no CSS transition at all (each would fire events and cost frames)', async ({
    page,
  }) => {
    await openTimeline(page)
    const far = mark(page, 'trump-departs')
    await settledBox(far)
    await page.evaluate(() => {
      window.__seen = []
      document.addEventListener('transitionrun', (e) => window.__seen?.push(e.type), true)
    })
    await record(far, 'transform')
    await page.getByRole('button', { name: 'Zoom in' }).click()
    // The zoom happened (the mark moved) and no transition ran for it, nor for anything else.
    await expect.poll(() => seen(page)).not.toEqual([])
    await settledBox(far)
    expect(await seen(page)).not.toContain('transitionrun')
  })
})

test('without the preference, a zoom animates over several frames (so the test above can fail)', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' })
  await openTimeline(page)
  const far = mark(page, 'trump-departs')
  await settledBox(far)
  await record(far, 'transform')
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect.poll(() => seen(page)).not.toEqual([])
  await settledBox(far)
  expect((await seen(page)).length).toBeGreaterThan(1)
})
