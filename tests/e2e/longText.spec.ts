import { expect, test, type Locator, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './a11yHelpers'
import { LONG_EVENT_IDS, longDocument } from './longText'

// A document at every maximum length of the format breaks nothing: no sideways page scroll, no
// text over another column, at phone and desktop widths. Screenshots go to test-results/.

const WIDTHS = [320, 375, 1280, 1920]

async function openLong(page: Page, width: number, hash = `#event=${LONG_EVENT_IDS[1]}`) {
  await page.setViewportSize({ width, height: 900 })
  await page.route(
    (url) => url.pathname === '/fixtures/long.json',
    (route) => route.fulfill({ json: longDocument }),
  )
  await page.goto(`./?src=/fixtures/long.json${hash}`)
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
}

/** Elements whose box reaches past the window's right edge (ignoring those clipped by a parent). */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p)
        if (style.overflowX !== 'visible' && p !== document.body && p !== document.documentElement)
          return true
      }
      return false
    }
    return [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.width > 0 && r.right > width + 1 && !clipped(el)
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80))
  })
}

/** Whether `a`'s box ends above `b`'s (a cut text never runs into what follows it). */
async function above(a: Locator, b: Locator): Promise<boolean> {
  const [x, y] = [await a.boundingBox(), await b.boundingBox()]
  if (!x || !y) throw new Error('a box was not drawn')
  return x.y + x.height <= y.y + 0.5
}

/**
 * A long text drawn cut: its "Show all" toggle follows it, below its box, and opens it whole (the
 * box then holds all of it), still above the toggle and what comes after.
 */
async function expectCutThenWhole(text: Locator, next: Locator) {
  const toggle = text.locator('xpath=following-sibling::button[1]')
  await expect(toggle).toHaveText('Show all')
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  expect(await text.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true)
  expect(await above(text, toggle)).toBe(true)
  expect(await above(toggle, next)).toBe(true)
  const cutHeight = (await text.boundingBox())?.height ?? 0
  await toggle.click()
  await expect(toggle).toHaveText('Show less')
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  expect(await text.evaluate((el) => el.scrollHeight <= el.clientHeight)).toBe(true)
  expect((await text.boundingBox())?.height ?? 0).toBeGreaterThan(cutHeight * 2)
  expect(await above(text, toggle)).toBe(true)
  expect(await above(toggle, next)).toBe(true)
}

test.describe('text at the format’s limits', () => {
  for (const width of WIDTHS) {
    test(`at ${width} px nothing scrolls sideways and the columns do not overlap`, async ({
      page,
    }) => {
      await openLong(page, width)
      await page.screenshot({ path: test.info().outputPath(`long-top-${width}.png`) })
      const detail = page.getByRole('region', { name: 'Event detail' })
      await expect(detail.getByRole('heading', { level: 2 })).toContainText('EventTitle1')
      const scroll = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        body: document.body.scrollWidth,
        window: document.documentElement.clientWidth,
      }))
      expect(scroll.page).toBeLessThanOrEqual(scroll.window)
      expect(scroll.body).toBeLessThanOrEqual(scroll.window)
      expect(await overflowing(page)).toEqual([])

      // The detail and the quotes sit side by side or one above the other, never over each other
      // (measured together, once the panel has settled: its parts load on demand).
      const quotes = page.locator('section[aria-labelledby="quotes-heading"]')
      const apart = async () => {
        const [a, b] = await Promise.all([detail.boundingBox(), quotes.boundingBox()])
        if (!a || !b) return false
        return (
          a.x + a.width <= b.x + 1 ||
          b.x + b.width <= a.x + 1 ||
          a.y + a.height <= b.y + 1 ||
          b.y + b.height <= a.y + 1
        )
      }
      await expect.poll(apart).toBe(true)
      const card = page.locator('figure[data-quote-id]').first()
      await card.scrollIntoViewIfNeeded()

      // A speaker's name stays on one line, with an ellipsis, and whole in the text.
      const name = card.locator('figcaption bdi').first()
      await expect(name).toHaveCSS('text-overflow', 'ellipsis')
      await expect(name).toHaveText(longDocument.speakers[0]!.name)

      await page.screenshot({ path: test.info().outputPath(`long-${width}.png`), fullPage: false })
      await card.screenshot({ path: test.info().outputPath(`long-card-${width}.png`) })

      // The 2,000-character summary and the 5,000-character quote are cut, each with its toggle;
      // opened, they show whole, and still nothing scrolls sideways.
      const summary = detail.getByText(/^Summary1/)
      await expectCutThenWhole(summary, detail.getByText('Where, who and how we know'))
      const quote = card.locator('blockquote')
      await expectCutThenWhole(quote, card.getByText(/^Context/))
      await expect(quote).toHaveText(longDocument.events[1]!.quotes[0]!.text)
      await card.screenshot({ path: test.info().outputPath(`long-card-open-${width}.png`) })
      expect(await overflowing(page)).toEqual([])
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      )
    })
  }

  test('one-line names end in an ellipsis and keep the whole text; the toggles pass axe', async ({
    page,
  }) => {
    await openLong(page, 1280, '')
    // A speaker toggle: one line, cut with an ellipsis, the whole name its accessible name.
    const speaker = longDocument.speakers[0]!.name
    const chip = page.getByRole('group', { name: 'Filter by speaker' }).getByRole('button', {
      name: speaker,
    })
    const chipName = chip.locator('bdi')
    await expect(chipName).toHaveCSS('text-overflow', 'ellipsis')
    expect(await chipName.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true)
    expect((await chip.boundingBox())?.height ?? 99).toBeLessThan(40)

    // A mark's tooltip: its title on one line with an ellipsis; the whole title is the mark's name.
    const event = longDocument.events[1]!
    const mark = page.locator(`#mark-${event.id}`)
    await expect(mark).toHaveAccessibleName(new RegExp(event.title))
    await mark.hover()
    const title = page.getByRole('tooltip').locator('div').first()
    await expect(title).toHaveText(event.title)
    await expect(title).toHaveCSS('text-overflow', 'ellipsis')
    await expect(title).toHaveCSS('white-space', 'nowrap')
    await page.mouse.move(5, 5)

    // Every card's cut text has its toggle, and axe finds nothing wrong with them.
    await expect(page.getByRole('button', { name: 'Show all' }).first()).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('an override left open in a title or a quote does not run past its own text', async ({
    page,
  }) => {
    await openLong(page, 1280)
    // Every piece of document text with an open override sits in an isolate of its own.
    const isolation = await page.evaluate(() => {
      const withOverride = [
        ...document.querySelectorAll('h1, blockquote, bdi, .mark-label'),
      ].filter((el) => el.textContent?.includes('\u202e'))
      return withOverride.map((el) => {
        let node: Element | null = el
        while (node && getComputedStyle(node).unicodeBidi !== 'isolate' && node.tagName !== 'BDI') {
          // Block boxes end a paragraph: an override cannot run past them either.
          if (getComputedStyle(node).display === 'block' && node.tagName !== 'SPAN') break
          node = node.parentElement
        }
        return node !== null
      })
    })
    expect(isolation.length).toBeGreaterThan(0)
    expect(isolation.every(Boolean)).toBe(true)
    // The words stay as written (verbatim), and the tab title carries no control.
    await expect(page.locator('figure[data-quote-id] blockquote').first()).toHaveText(
      longDocument.events[1]!.quotes[0]!.text,
    )
    expect(await page.title()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
    expect(await page.title()).toMatch(/^TitleReversed/)
  })
})
