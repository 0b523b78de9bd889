import { expect, test, type Page } from '@playwright/test'
import {
  cardsOf,
  chooseDisplay,
  chooseView,
  mark,
  marks,
  openTimeline,
  selectedMarks,
  SUMMIT_EVENTS,
} from './helpers'
import { cutOffText, expectNoAxeViolations, pageScrollsSideways } from './a11yHelpers'

/** The polite live region that announces selections which did not move focus. */
const announcer = (page: Page) => page.locator('[role="status"][aria-live="polite"]')

const chooseTheme = (page: Page, name: 'Light' | 'Dark') => chooseDisplay(page, 'Theme', name)
/** Switches to the list view and waits for it: it loads on demand. */
async function showList(page: Page) {
  await chooseView(page, 'List')
  await expect(page.getByRole('heading', { name: 'Every event, in time order' })).toBeVisible()
}

test.describe('axe-core finds no WCAG 2.2 AA violations', () => {
  // axe walks the whole page; on a small, busy machine that takes tens of seconds.
  test.describe.configure({ timeout: 120_000 })

  test('on the default view', async ({ page }) => {
    await openTimeline(page)
    await expectNoAxeViolations(page)
  })

  test('with an event selected', async ({ page }) => {
    await openTimeline(page, './#event=press-availability')
    await expect(mark(page, 'press-availability')).toHaveAttribute('data-selected', 'true')
    await expectNoAxeViolations(page)
  })

  test('with a quote selected', async ({ page }) => {
    await openTimeline(page)
    const card = cardsOf(page, 'closing-exchange').first()
    await card.getByRole('button', { name: /Show on timeline/ }).click()
    await expect(card).toHaveAttribute('data-selected', 'true')
    await expectNoAxeViolations(page)
  })

  test('in the dark theme, with an event selected', async ({ page }) => {
    await openTimeline(page, './#event=putin-lands')
    await chooseTheme(page, 'Dark')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expectNoAxeViolations(page)
  })

  for (const theme of ['Light', 'Dark'] as const) {
    test(`in the list view, ${theme.toLowerCase()} theme`, async ({ page }) => {
      await openTimeline(page, './#event=closing-exchange')
      await chooseTheme(page, theme)
      await showList(page)
      await expect(page.getByRole('heading', { name: 'Every event, in time order' })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }

  test('when a search finds no quotes', async ({ page }) => {
    await openTimeline(page)
    await page.getByRole('searchbox', { name: 'Search quotes' }).fill('xylophone')
    await expect(page.getByText('No quotes match these filters.')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('when the document cannot be loaded', async ({ page }) => {
    await page.goto('./?src=/fixtures/broken.json')
    await expect(page.getByRole('alert')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('at 320 px wide, with an event selected', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 })
    await openTimeline(page, './#event=press-availability')
    await expectNoAxeViolations(page)
  })

  test('in embed mode (?embed=1)', async ({ page }) => {
    await openTimeline(page, './?embed=1#event=press-availability')
    await expectNoAxeViolations(page)
  })
})

test.describe('names and announcements', () => {
  test('each mark is named by its title and its time, with how far sources differ', async ({
    page,
  }) => {
    await openTimeline(page)
    await expect(mark(page, 'putin-lands')).toHaveAccessibleName(
      'Putin lands in Anchorage, 10:54 AM AKDT (sources differ by two minutes)',
    )
    await expect(mark(page, 'press-availability')).toHaveAccessibleName(
      'Joint statements to the press, between 2:11 and 3:00 PM AKDT',
    )
    await expect(marks(page)).toHaveCount(SUMMIT_EVENTS.length)
  })

  test('every quote card is a figure with the words in a blockquote, a caption and a cited source', async ({
    page,
  }) => {
    await openTimeline(page)
    const cards = page.locator('figure[data-quote-id]')
    const count = await cards.count()
    expect(count).toBeGreaterThan(0)
    await expect(page.locator('figure[data-quote-id]:has(> blockquote)')).toHaveCount(count)
    await expect(page.locator('figure[data-quote-id]:has(> figcaption)')).toHaveCount(count)
    await expect(page.locator('figure[data-quote-id]:has(cite)')).toHaveCount(count)
  })

  // Issue 11 changed this on purpose: in the full view a deep link lands with focus on its mark.
  test('a deep link is announced once, briefly, and puts focus on its mark', async ({ page }) => {
    await openTimeline(page, './#event=putin-lands')
    await expect(announcer(page)).toHaveText('Selected: Putin lands in Anchorage, 10:54 AM AKDT')
    await expect(page.locator('[aria-live="polite"]', { hasText: 'Selected:' })).toHaveCount(1)
    await expect(mark(page, 'putin-lands')).toBeFocused()
  })

  test('Next and a quote card are announced without reading the quote; keys and clicks are not', async ({
    page,
  }) => {
    await openTimeline(page, './#event=trump-lands')
    await page.getByRole('button', { name: 'Next event' }).click()
    await expect(announcer(page)).toHaveText(/^Selected: Putin lands in Anchorage/)
    await expect(page.getByRole('button', { name: 'Next event' })).toBeFocused()

    // The panel holds the selected event's words; every quote is a button away.
    await page.getByRole('button', { name: 'Show every quote' }).click()
    const card = cardsOf(page, 'closing-exchange').first()
    const words = (await card.locator('blockquote').innerText()).trim()
    await card.getByRole('button', { name: /Show on timeline/ }).click()
    await expect(announcer(page)).toHaveText(/^Selected: "Next time in Moscow", between/)
    expect(await announcer(page).innerText()).not.toContain(words.slice(0, 30))

    // Keys move focus to the mark, whose name is read: the live region stays quiet.
    await mark(page, 'closing-exchange').focus()
    await page.keyboard.press('ArrowRight')
    await expect(selectedMarks(page)).not.toHaveAttribute('data-event-id', 'closing-exchange')
    await expect(announcer(page)).toHaveText(/^Selected: "Next time in Moscow"/)
  })

  test('loading is a status and a failed load is an alert', async ({ page }) => {
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(
      (url) => url.pathname === '/fixtures/small.json',
      async (route) => {
        await held
        await route.continue()
      },
    )
    await page.goto('./?src=/fixtures/small.json', { waitUntil: 'commit' })
    await expect(page.getByRole('status')).toHaveText('Loading the timeline…')
    release()
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')

    await page.goto('./?src=/fixtures/missing.json')
    await expect(page.getByRole('alert')).toContainText('The timeline could not be shown')
  })
})

test.describe('the list view', () => {
  test('shows every event in time order; choosing one selects it, and the timeline keeps it', async ({
    page,
  }) => {
    await openTimeline(page)
    await chooseDisplay(page, 'Times in', 'UTC')
    await showList(page)
    const rows = page.locator('[data-list-event-id]')
    await expect(rows).toHaveCount(SUMMIT_EVENTS.length)
    expect(
      await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-list-event-id'))),
    ).toEqual(SUMMIT_EVENTS.map((e) => e.id))
    await expect(page.getByRole('tablist', { name: 'Events' })).toHaveCount(0)

    const row = rows.filter({ has: page.getByRole('button', { name: 'Putin lands in Anchorage' }) })
    await expect(row).toContainText('6:54 PM UTC (sources differ by two minutes)')
    await row.getByRole('button', { name: 'Putin lands in Anchorage' }).click()
    await expect(row).toHaveAttribute('data-selected', 'true')
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#event=putin-lands')

    const press = rows.filter({ hasText: 'Joint statements to the press' })
    await expect(press.locator('figure[data-quote-id] blockquote').first()).toBeVisible()
    await expect(press.locator('cite').first()).toBeVisible()

    await chooseView(page, 'Timeline')
    await expect(mark(page, 'putin-lands')).toHaveAttribute('data-selected', 'true')
    await expect(mark(page, 'putin-lands')).toHaveAccessibleName(/6:54 PM UTC/)
  })
})

test.describe('nothing is cut off', () => {
  for (const view of ['timeline', 'list'] as const) {
    test(`at 320 px wide, in the ${view} view`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 700 })
      await openTimeline(page, './#event=press-availability')
      if (view === 'list') await showList(page)
      expect(await pageScrollsSideways(page)).toBe(false)
      expect(await cutOffText(page)).toEqual([])
    })
  }

  test('at 200% zoom (a 1280 px window is 640 CSS px wide)', async ({ browser }) => {
    const context = await browser.newContext({
      viewport: { width: 640, height: 450 },
      deviceScaleFactor: 2,
    })
    const page = await context.newPage()
    await openTimeline(page, './#event=meeting-3on3')
    expect(await pageScrollsSideways(page)).toBe(false)
    expect(await cutOffText(page)).toEqual([])
    await context.close()
  })

  test('with text at 200%', async ({ page }) => {
    await openTimeline(page, './#event=meeting-3on3')
    await page.addStyleTag({ content: 'html { font-size: 200% !important; }' })
    expect(await pageScrollsSideways(page)).toBe(false)
    expect(await cutOffText(page)).toEqual([])
    await showList(page)
    expect(await pageScrollsSideways(page)).toBe(false)
    expect(await cutOffText(page)).toEqual([])
  })
})
