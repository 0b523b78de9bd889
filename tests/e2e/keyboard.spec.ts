import { expect, test, type Page } from '@playwright/test'
import {
  cardsOf,
  mark,
  markIdsInsideSurface,
  marks,
  openTimeline,
  selectedMarks,
  settledBox,
  SUMMIT_EVENTS,
} from './helpers'

const tabbable = (page: Page) => page.locator('[role="tab"][tabindex="0"]')

/** Exactly one mark is in the tab order, and it is the given event. */
async function expectRovingTabindexOn(page: Page, eventId: string) {
  await expect(tabbable(page)).toHaveCount(1)
  await expect(tabbable(page)).toHaveAttribute('data-event-id', eventId)
  await expect(marks(page).and(page.locator(':not([tabindex="-1"])'))).toHaveCount(1)
}

const order = SUMMIT_EVENTS.map((e) => e.id)

test.describe('keyboard', () => {
  test('ArrowRight on the selected mark selects and focuses the next event in time order', async ({
    page,
  }) => {
    await openTimeline(page, './#event=putin-lands')
    const start = order.indexOf('putin-lands')
    const next = order[start + 1] ?? ''
    expect(next).toBe('greeting-tarmac')
    await expectRovingTabindexOn(page, 'putin-lands')

    await mark(page, 'putin-lands').focus()
    await page.keyboard.press('ArrowRight')

    await expect(mark(page, next)).toHaveAttribute('data-selected', 'true')
    await expect(mark(page, next)).toHaveAttribute('aria-selected', 'true')
    await expect(mark(page, next)).toBeFocused()
    await expect(selectedMarks(page)).toHaveCount(1)
    await expectRovingTabindexOn(page, next)
  })

  test('ArrowRight and ArrowLeft step through every event in time order', async ({ page }) => {
    test.setTimeout(90_000)
    const first = order[0] ?? ''
    await openTimeline(page, `./#event=${first}`)
    await mark(page, first).focus()

    for (const id of order.slice(1)) {
      await page.keyboard.press('ArrowRight')
      await expect(mark(page, id)).toHaveAttribute('data-selected', 'true')
      await expect(mark(page, id)).toBeFocused()
      await expectRovingTabindexOn(page, id)
    }
    // At the last event ArrowRight stays put.
    const lastId = order[order.length - 1] ?? ''
    await page.keyboard.press('ArrowRight')
    await expect(mark(page, lastId)).toHaveAttribute('data-selected', 'true')

    for (const id of [...order].reverse().slice(1)) {
      await page.keyboard.press('ArrowLeft')
      await expect(mark(page, id)).toHaveAttribute('data-selected', 'true')
      await expect(mark(page, id)).toBeFocused()
    }
  })

  test('Home and End select and focus the first and the last event', async ({ page }) => {
    await openTimeline(page, './#event=meeting-3on3')
    await mark(page, 'meeting-3on3').focus()
    const first = order[0] ?? ''
    const lastId = order[order.length - 1] ?? ''

    await page.keyboard.press('End')
    await expect(mark(page, lastId)).toHaveAttribute('data-selected', 'true')
    await expect(mark(page, lastId)).toBeFocused()

    await page.keyboard.press('Home')
    await expect(mark(page, first)).toHaveAttribute('data-selected', 'true')
    await expect(mark(page, first)).toBeFocused()
    await expectRovingTabindexOn(page, first)
  })

  test('with nothing selected, ArrowRight on the one tabbable mark selects the event after it', async ({
    page,
  }) => {
    await openTimeline(page)
    await expect(selectedMarks(page)).toHaveCount(0)
    await expect(tabbable(page)).toHaveCount(1)
    const focusedId = (await tabbable(page).getAttribute('data-event-id')) ?? ''
    const next = order[order.indexOf(focusedId) + 1] ?? ''
    expect(next).not.toBe('')

    await tabbable(page).focus()
    await page.keyboard.press('ArrowRight')

    await expect(mark(page, next)).toHaveAttribute('data-selected', 'true')
    await expect(mark(page, next)).toBeFocused()
    await expectRovingTabindexOn(page, next)
  })

  test('ArrowUp and ArrowDown on a mark leave the selection alone', async ({ page }) => {
    await openTimeline(page, './#event=meeting-3on3')
    await mark(page, 'meeting-3on3').focus()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowUp')
    await expect(mark(page, 'meeting-3on3')).toHaveAttribute('data-selected', 'true')
    await expect(selectedMarks(page)).toHaveCount(1)
  })

  test('Tab enters the marks on the selected one, and Tab again goes into its panel and on to its quotes and their links', async ({
    page,
  }) => {
    await openTimeline(page, './#event=press-availability')
    await page.getByRole('button', { name: 'Fit all' }).focus()
    await page.keyboard.press('Tab')
    await expect(mark(page, 'press-availability')).toBeFocused()

    await page.keyboard.press('Tab')
    const panel = page.getByRole('tabpanel', { name: 'Joint statements to the press' })
    await expect(panel).toHaveAttribute('id', 'event-panel')
    await expect(mark(page, 'press-availability')).toHaveAttribute('aria-controls', 'event-panel')
    expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true)

    // Onwards through the panel until a link on one of this event's quote cards has focus.
    const cardLink = cardsOf(page, 'press-availability').getByRole('link')
    for (let i = 0; i < 40; i++) {
      if (await cardLink.evaluateAll((els) => els.some((el) => el === document.activeElement)))
        break
      expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true)
      await page.keyboard.press('Tab')
    }
    expect(
      await cardLink.evaluateAll((els) => els.some((el) => el === document.activeElement)),
    ).toBe(true)
  })

  test('ArrowRight steps through every event in time order when zoomed in, each mark brought into view', async ({
    page,
  }) => {
    test.setTimeout(90_000)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await openTimeline(page)
    const first = order[0] ?? ''
    await mark(page, first).focus()
    await page.keyboard.press('+')
    await page.keyboard.press('+')
    await page.keyboard.press('+')
    await page.keyboard.press('Home')
    await expect(mark(page, first)).toHaveAttribute('data-selected', 'true')
    // Zoomed in, most marks lie outside the surface; stepping must still visit each in turn.
    await settledBox(mark(page, first))
    expect((await markIdsInsideSurface(page)).length).toBeLessThan(order.length)

    for (const id of order.slice(1)) {
      await page.keyboard.press('ArrowRight')
      await expect(mark(page, id)).toBeFocused()
      await expect(mark(page, id)).toHaveAttribute('data-selected', 'true')
      await settledBox(mark(page, id))
      expect(await markIdsInsideSurface(page)).toContain(id)
      await expectRovingTabindexOn(page, id)
    }
  })

  test('PageDown and PageUp move the selection by the visible window, stopping at the ends', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await openTimeline(page, './#event=trump-lands')
    await mark(page, 'trump-lands').focus()

    // The first view (10:00 to 4:40 PM) is longer than the rest of the day after the 10:20
    // landing: PageDown goes to the last event, and no further.
    await page.keyboard.press('PageDown')
    await expect(mark(page, 'trump-departs')).toBeFocused()
    await page.keyboard.press('PageDown')
    await expect(mark(page, 'trump-departs')).toHaveAttribute('data-selected', 'true')
    await page.keyboard.press('PageUp')
    await expect(mark(page, order[0] ?? '')).toBeFocused()
    await page.keyboard.press('PageUp')
    await expect(mark(page, order[0] ?? '')).toHaveAttribute('data-selected', 'true')

    // Zoomed in to about an hour and a half, PageDown from the 10:20 landing passes the four
    // events before noon and lands on the first one after a window: the press statements at 2:11.
    await page.keyboard.press('ArrowRight')
    await expect(mark(page, 'trump-lands')).toBeFocused()
    for (const key of ['+', '+', '+']) await page.keyboard.press(key)
    await settledBox(mark(page, 'trump-lands'))
    await page.keyboard.press('PageDown')
    await expect(mark(page, 'press-availability')).toBeFocused()
    await expect(mark(page, 'press-availability')).toHaveAttribute('data-selected', 'true')
    await settledBox(mark(page, 'press-availability'))
    expect(await markIdsInsideSurface(page)).toContain('press-availability')
    await page.keyboard.press('PageUp')
    const back = order.indexOf((await selectedMarks(page).getAttribute('data-event-id')) ?? '')
    expect(back).toBeLessThan(order.indexOf('press-availability'))
    await expectRovingTabindexOn(page, order[back] ?? '')
  })

  test('+ and - zoom and 0 fits the whole day while focus is in the timeline, on a mark or a toolbar button', async ({
    page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await openTimeline(page)
    const gap = async () => {
      const a = await settledBox(mark(page, 'trump-lands'))
      const b = await settledBox(mark(page, 'putin-lands'))
      return b.x - a.x
    }
    // The summit opens on part of the day; the whole day is what 0 shows.
    await page.getByRole('button', { name: 'Fit all' }).click()
    const whole = await gap()
    await mark(page, 'trump-lands').focus()
    await page.keyboard.press('+')
    const zoomed = await gap()
    expect(zoomed).toBeGreaterThan(whole * 1.3)

    await page.getByRole('button', { name: 'Zoom out' }).focus()
    await page.keyboard.press('+')
    expect(await gap()).toBeGreaterThan(zoomed * 1.3)
    await page.keyboard.press('-')
    expect(await gap()).toBeLessThan(zoomed * 1.3)
    await page.keyboard.press('0')
    expect(Math.abs((await gap()) - whole)).toBeLessThan(1)
    expect(await markIdsInsideSurface(page)).toHaveLength(order.length)
    // The keys zoomed; they did not select anything.
    await expect(selectedMarks(page)).toHaveCount(0)
  })

  test('exactly one mark is in the tab order after any mix of clicks, keys, buttons and quote cards', async ({
    page,
  }) => {
    await openTimeline(page)
    await expect(tabbable(page)).toHaveCount(1)
    await mark(page, 'greeting-tarmac').click()
    await expectRovingTabindexOn(page, 'greeting-tarmac')
    await page.keyboard.press('ArrowRight')
    await expectRovingTabindexOn(page, order[order.indexOf('greeting-tarmac') + 1] ?? '')
    await page.getByRole('button', { name: 'Next event' }).click()
    await expectRovingTabindexOn(page, order[order.indexOf('greeting-tarmac') + 2] ?? '')
    await page.getByRole('button', { name: 'Show every quote' }).click()
    await cardsOf(page, 'closing-exchange')
      .first()
      .getByRole('button', { name: /Show on timeline/ })
      .click()
    await expectRovingTabindexOn(page, 'closing-exchange')
    await mark(page, 'trump-lands').click()
    await page.keyboard.press('End')
    await expectRovingTabindexOn(page, order[order.length - 1] ?? '')
    await page.getByRole('button', { name: 'Previous event' }).click()
    await expectRovingTabindexOn(page, order[order.length - 2] ?? '')
    await expect(selectedMarks(page)).toHaveCount(1)
  })

  // Issue 11 changed this on purpose: a deep link in the full view lands with focus on its mark,
  // on load and when the hash changes; nothing else takes focus on load.
  test('a deep link, on load or by a later change of the hash, puts focus on its mark', async ({
    page,
  }) => {
    await openTimeline(page, './#event=meeting-3on3')
    await expect(mark(page, 'meeting-3on3')).toHaveAttribute('data-selected', 'true')
    await expect(mark(page, 'meeting-3on3')).toBeFocused()
    await page.evaluate(() => {
      window.location.hash = '#event=putin-departs'
    })
    await expect(mark(page, 'putin-departs')).toHaveAttribute('data-selected', 'true')
    await expect(mark(page, 'putin-departs')).toBeFocused()
    await openTimeline(page, './')
    expect(await page.evaluate(() => document.activeElement?.tagName ?? '')).toBe('BODY')
  })
})
