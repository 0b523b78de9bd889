import { expect, test, type Page } from '@playwright/test'
import { mark, marks, openTimeline, selectedMarks, SUMMIT_EVENTS } from './helpers'

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
})
