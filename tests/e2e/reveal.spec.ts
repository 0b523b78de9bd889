import { expect, test, type Page } from '@playwright/test'
import { embedFrame, messages, openHost, recordHost, type Recorded } from './embedHost'

// Issue 11, point 7: a reader's selection inside an embed sends `reveal` (the reading area in
// frame coordinates), and embed.js scrolls the article just enough to show it. Never on load, a
// deep link or a host command.

/** Counts, in the article page only, the scrolls embed.js asks for. */
async function countScrolls(page: Page) {
  await page.addInitScript(() => {
    if (window !== window.top) return
    const w = window as unknown as { __scrolls: number }
    w.__scrolls = 0
    const scrollBy = window.scrollBy.bind(window)
    window.scrollBy = ((...args: Parameters<typeof window.scrollBy>) => {
      w.__scrolls++
      scrollBy(...args)
    }) as typeof window.scrollBy
  })
  return () => page.evaluate(() => (window as unknown as { __scrolls: number }).__scrolls)
}

/** The reported area in the article's window coordinates. */
async function areaInWindow(page: Page, reveal: Recorded) {
  const { top, height } = reveal.data.payload as { top: number; height: number }
  const frameTop = await page
    .locator('iframe')
    .first()
    .evaluate((f) => {
      return f.getBoundingClientRect().top + f.clientTop
    })
  return { top: frameTop + top, bottom: frameTop + top + height }
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
})

test('a reader’s click reveals the reading area once; load and host commands do not', async ({
  page,
}) => {
  await recordHost(page)
  const scrolls = await countScrolls(page)
  await openHost(page, 'article.html')
  const frame = embedFrame(page)
  expect(await messages(page, 'reveal')).toEqual([])

  // A host command selects without revealing (once embed.js, loaded async, has paired the frame).
  await page.waitForFunction(() => window.Quoteline?.embeds().length === 1)
  await page.evaluate(() => {
    const iframe = document.querySelector('iframe')
    if (iframe) window.Quoteline?.select(iframe, 'putin-lands')
  })
  await expect(frame.locator('[role="tab"][data-event-id="putin-lands"]')).toHaveAttribute(
    'data-selected',
    'true',
  )
  await expect.poll(async () => (await messages(page, 'select')).length).toBeGreaterThan(0)
  expect(await messages(page, 'reveal')).toEqual([])
  expect(await scrolls()).toBe(0)

  // The reader clicks an event: one reveal, and the article scrolls once to show it.
  await frame.locator('[role="tab"][data-event-id="press-availability"]').click()
  await expect.poll(async () => (await messages(page, 'reveal')).length).toBe(1)
  await expect.poll(scrolls).toBe(1)
  const [reveal] = await messages(page, 'reveal')
  if (!reveal) throw new Error('no reveal')
  const height = await page.evaluate(() => window.innerHeight)
  const area = await areaInWindow(page, reveal)
  // Shown whole, or from its top when it is taller than the window.
  expect(area.top).toBeGreaterThanOrEqual(0)
  if (area.bottom - area.top <= height) expect(area.bottom).toBeLessThanOrEqual(height)
  else expect(area.top).toBeLessThanOrEqual(20)
  await expect(
    frame.locator('figure[data-quote-id][data-highlighted="true"]').first(),
  ).toBeInViewport()

  // Next (a button in the frame) is the reader's too: one more reveal, and the area is in view.
  await frame.getByRole('button', { name: 'Next event' }).click()
  await expect.poll(async () => (await messages(page, 'reveal')).length).toBe(2)
  await expect(
    frame.locator('figure[data-quote-id][data-highlighted="true"]').first(),
  ).toBeInViewport()
})

test('data-reveal="off" keeps the page still; the message is still sent', async ({ page }) => {
  await recordHost(page)
  const scrolls = await countScrolls(page)
  await openHost(page, 'article.html')
  await page
    .locator('iframe')
    .first()
    .evaluate((f) => f.setAttribute('data-reveal', 'off'))
  await embedFrame(page).locator('[role="tab"][data-event-id="press-availability"]').click()
  await expect.poll(async () => (await messages(page, 'reveal')).length).toBe(1)
  expect(await scrolls()).toBe(0)
  expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(0)
})

test('a deep link sends no reveal and does not scroll the article', async ({ page }) => {
  await recordHost(page)
  const scrolls = await countScrolls(page)
  await openHost(page, 'sandboxed.html')
  await expect.poll(async () => (await messages(page, 'select')).length).toBeGreaterThan(0)
  expect(await messages(page, 'reveal')).toEqual([])
  expect(await scrolls()).toBe(0)
})

test('without embed.js, a selection’s first quote is shown within the frame’s own height', async ({
  page,
}) => {
  // The example article at the snippet's default height (640 px), with embed.js held back.
  await page.route('**/embed.js', (route) => route.abort())
  await openHost(page, 'article.html')
  const frame = embedFrame(page)
  await frame.locator('[role="tab"][data-event-id="press-availability"]').click()
  const first = frame.locator('figure[data-quote-id][data-highlighted="true"]').first()
  // Within the frame's own view: the frame scrolled itself, and the article did not move.
  await expect
    .poll(() =>
      first.evaluate((el) => {
        const r = el.getBoundingClientRect()
        return r.top >= 0 && r.top + 80 <= window.innerHeight
      }),
    )
    .toBe(true)
  expect(await page.evaluate(() => Math.round(window.scrollY))).toBe(0)
})
