import { expect, test } from '@playwright/test'
import {
  bringScrollContainerOnScreen,
  cardsOf,
  detailTitle,
  drawnEventIds,
  mark,
  markIdsInsideSurface,
  openTimeline,
  selectedMarks,
  settledBox,
  summitEvent,
} from './helpers'

test.describe('selection', () => {
  test('clicking each event mark in turn selects it, shows its title and highlights its quotes', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await openTimeline(page)
    // The summit opens on part of the day: the whole of it puts every mark within reach.
    await page.getByRole('button', { name: 'Fit all' }).click()
    const ids = await drawnEventIds(page)
    expect(ids.length).toBeGreaterThan(1)
    const panelTitle = detailTitle(page)

    for (const id of ids) {
      const target = mark(page, id)
      await target.click()

      await expect(target).toHaveAttribute('data-selected', 'true')
      await expect(target).toHaveAttribute('aria-selected', 'true')
      await expect(selectedMarks(page)).toHaveCount(1)
      await expect(panelTitle).toHaveText(summitEvent(id).title)

      const cards = cardsOf(page, id)
      const expected = summitEvent(id).quotes?.length ?? 0
      await expect(cards).toHaveCount(expected)
      for (const card of await cards.all()) {
        await expect(card).toBeVisible()
        await expect(card).toHaveAttribute('data-highlighted', 'true')
      }
      // Only this event's cards are highlighted.
      await expect(page.locator('figure[data-quote-id][data-highlighted="true"]')).toHaveCount(
        expected,
      )
      if (expected > 0) {
        // The quote list scrolls itself to the event's first card.
        const first = cards.first()
        await bringScrollContainerOnScreen(first)
        await expect(first).toBeInViewport()
      }
    }
  })

  test('clicking a quote card selects that quote and its event', async ({ page }) => {
    await openTimeline(page)
    const card = page.locator('figure[data-quote-id]').last()
    const quoteId = await card.getAttribute('data-quote-id')
    const eventId = await card.getAttribute('data-event-id')
    expect(quoteId && eventId).toBeTruthy()

    await card.locator('blockquote').click()

    await expect(card).toHaveAttribute('data-selected', 'true')
    await expect(page.locator('figure[data-quote-id][data-selected="true"]')).toHaveCount(1)
    await expect(mark(page, eventId ?? '')).toHaveAttribute('data-selected', 'true')
    await expect(detailTitle(page)).toHaveText(summitEvent(eventId ?? '').title)
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#quote=${quoteId}`)
  })

  test('#quote=<id> opens with that quote and its event selected, and exploring rewrites the hash without adding history', async ({
    page,
  }) => {
    // Discover a real quote id from the page rather than hard-coding one; take the last card so
    // the list must scroll to reach it.
    await openTimeline(page)
    const discovered = page.locator('figure[data-quote-id]').last()
    const quoteId = (await discovered.getAttribute('data-quote-id')) ?? ''
    const eventId = (await discovered.getAttribute('data-event-id')) ?? ''
    expect(quoteId).not.toBe('')

    await page.goto('about:blank')
    await openTimeline(page, `./#quote=${quoteId}`)

    const card = page.locator(`figure[data-quote-id="${quoteId}"]`)
    await expect(card).toHaveAttribute('data-selected', 'true')
    await expect(mark(page, eventId)).toHaveAttribute('data-selected', 'true')
    await expect(selectedMarks(page)).toHaveCount(1)
    await bringScrollContainerOnScreen(card)
    await expect(card).toBeInViewport()

    const historyBefore = await page.evaluate(() => window.history.length)

    /** Clicks a mark other than the selected one, among those on screen, and waits for it. */
    const selectAnotherMark = async (round: number) => {
      await settledBox(mark(page, eventId))
      const selected = await selectedMarks(page).getAttribute('data-event-id')
      const candidates = (await markIdsInsideSurface(page)).filter((id) => id !== selected)
      const id = candidates[round % candidates.length] ?? ''
      await mark(page, id).click()
      await expect(mark(page, id)).toHaveAttribute('data-selected', 'true')
      return id
    }

    // One click on another event: the hash follows it.
    const firstOther = await selectAnotherMark(0)
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#event=${firstOther}`)

    // Nine more selections by every means: marks, Previous/Next, and a quote card.
    let last = firstOther
    for (let round = 1; round < 7; round++) last = await selectAnotherMark(round)
    if (last === (await drawnEventIds(page))[0]) {
      await page.getByRole('button', { name: 'Next event' }).click()
      await page.getByRole('button', { name: 'Previous event' }).click()
    } else {
      await page.getByRole('button', { name: 'Previous event' }).click()
      await page.getByRole('button', { name: 'Next event' }).click()
    }
    await expect(mark(page, last)).toHaveAttribute('data-selected', 'true')
    // The reading panel holds the selected event's words; every quote is a button away.
    await page.getByRole('button', { name: 'Show every quote' }).click()
    const lastCard = page.locator('figure[data-quote-id]').first()
    const lastQuoteId = await lastCard.getAttribute('data-quote-id')
    await lastCard.locator('blockquote').click()
    await expect(lastCard).toHaveAttribute('data-selected', 'true')

    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#quote=${lastQuoteId}`)
    expect(await page.evaluate(() => window.history.length)).toBe(historyBefore)

    // The hash that was written opens the same selection again.
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(page.locator(`figure[data-quote-id="${lastQuoteId}"]`)).toHaveAttribute(
      'data-selected',
      'true',
    )
  })

  test('#event=<id> opens with that event selected and its title in the detail panel', async ({
    page,
  }) => {
    await openTimeline(page, './#event=meeting-3on3')
    await expect(mark(page, 'meeting-3on3')).toHaveAttribute('data-selected', 'true')
    await expect(mark(page, 'meeting-3on3')).toHaveAttribute('aria-selected', 'true')
    await expect(selectedMarks(page)).toHaveCount(1)
    await expect(detailTitle(page)).toHaveText(summitEvent('meeting-3on3').title)
  })

  test('an unknown #event= id is ignored and the page still draws', async ({ page }) => {
    await openTimeline(page, './#event=no-such-event')
    await expect(selectedMarks(page)).toHaveCount(0)
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})
