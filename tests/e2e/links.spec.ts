import { expect, test, type Locator, type Page } from '@playwright/test'
import { addEmbed, APP, HOST, messages, recordHost, waitForMessage } from './embedHost'
import { cardsOf, mark, openTimeline, selectedMarks, settledBox } from './helpers'

// Links that land (issue 11, point 4): a deep link or "Show on timeline" brings its target on
// screen; the full view also puts focus on it, an embed never takes focus on load.

const QUOTE = 'putin-next-time-in-moscow'
const card = (page: Page, id: string) => page.locator(`figure[data-quote-id="${id}"]`)

/** True when the element's box lies within the window, once it has stopped moving. */
async function onScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await settledBox(locator)
  const height = await page.evaluate(() => window.innerHeight)
  return box.y >= 0 && box.y + Math.min(box.height, height) <= height
}

test.describe('full view', () => {
  test.use({ viewport: { width: 1280, height: 720 } })

  test('a #quote= link opens with its card on screen and focus on it', async ({ page }) => {
    await openTimeline(page, `./#quote=${QUOTE}`)
    await expect(card(page, QUOTE)).toHaveAttribute('data-selected', 'true')
    await expect(card(page, QUOTE)).toBeFocused()
    await expect.poll(() => onScreen(page, card(page, QUOTE))).toBe(true)
  })

  test('an #event= link opens with its mark on screen and focus on it', async ({ page }) => {
    await openTimeline(page, './#event=press-availability')
    await expect(mark(page, 'press-availability')).toBeFocused()
    await expect.poll(() => onScreen(page, mark(page, 'press-availability'))).toBe(true)
  })

  test('Show on timeline pans to the event, scrolls its mark on screen and focuses it', async ({
    page,
  }) => {
    // On a phone the quotes sit below the timeline (on a laptop they are beside it, on screen).
    await page.setViewportSize({ width: 375, height: 667 })
    await openTimeline(page)
    const show = cardsOf(page, 'closing-exchange')
      .first()
      .getByRole('button', { name: /Show on timeline/ })
    await show.scrollIntoViewIfNeeded()
    expect(await onScreen(page, mark(page, 'closing-exchange'))).toBe(false)
    await show.click()
    await expect(mark(page, 'closing-exchange')).toHaveAttribute('data-selected', 'true')
    await expect(mark(page, 'closing-exchange')).toBeFocused()
    await expect.poll(() => onScreen(page, mark(page, 'closing-exchange'))).toBe(true)
  })

  test('an unknown id says so politely and keeps the whole timeline', async ({ page }) => {
    await openTimeline(page, './#quote=no-such-quote')
    const notice = page.locator('[data-link-notice]')
    await expect(notice).toHaveText(
      'No quote “no-such-quote” in this timeline; showing the whole timeline.',
    )
    await expect(notice).toHaveAttribute('role', 'status')
    await expect(selectedMarks(page)).toHaveCount(0)
    // A reader's own choice ends the notice.
    await mark(page, 'putin-lands').click()
    await expect(notice).toHaveCount(0)
  })
})

test.describe('embed', () => {
  test('a deep link lands within the frame without taking focus, there or in the host page', async ({
    page,
  }) => {
    await recordHost(page)
    // Instant scrolls: a frame below the fold gets no animation frames until it is seen.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto(`${HOST}article.html`)
    const frame = await addEmbed(page, `${APP}embed.html?embedId=deep#quote=${QUOTE}`)
    await expect(frame.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(frame.locator(`figure[data-quote-id="${QUOTE}"]`)).toHaveAttribute(
      'data-selected',
      'true',
    )
    const inFrame = frame.locator(`figure[data-quote-id="${QUOTE}"]`)
    // Within the frame (500 px, below the article's fold), the card is scrolled into the frame's
    // view: through its quote list, which scrolls on its own in an embed.
    await expect
      .poll(() =>
        inFrame.evaluate((el) => {
          const r = el.getBoundingClientRect()
          return r.top >= 0 && r.top < window.innerHeight
        }),
      )
      .toBe(true)
    expect(await inFrame.evaluate(() => document.activeElement === document.body)).toBe(true)
    expect(
      await page.evaluate(() => [document.activeElement?.tagName, Math.round(window.scrollY)]),
    ).toEqual(['BODY', 0])
  })

  test('an unknown id shows the notice and posts error unknown-id after ready', async ({
    page,
  }) => {
    await recordHost(page)
    await page.goto(`${HOST}article.html`)
    const frame = await addEmbed(page, `${APP}embed.html?embedId=unknown#event=no-such-event`)
    await expect(frame.locator('[data-link-notice]')).toHaveText(
      'No event “no-such-event” in this timeline; showing the whole timeline.',
    )
    const error = await waitForMessage(page, 'error', 'unknown')
    expect(error.data.payload).toMatchObject({ code: 'unknown-id' })
    const types = (await messages(page, undefined, 'unknown')).map((m) => m.data.type)
    expect(types.indexOf('ready')).toBeLessThan(types.indexOf('error'))
  })
})
