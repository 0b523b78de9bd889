import { readFileSync } from 'node:fs'
import { csvParseRows, tsvFormatRows } from 'd3-dsv'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { expectNoAxeViolations, pageScrollsSideways } from './a11yHelpers'
import { openProducerTools } from './helpers'

/**
 * Quoteline Studio as a producer uses it: a council story made from nothing by keyboard alone,
 * spreadsheet rows pasted in and taken back, a tab killed mid-edit, and the standalone page it
 * publishes opened from disk and from a sandboxed frame on another origin.
 */

const fixture = (name: string) => new URL(`../fixtures/council/${name}`, import.meta.url).pathname
const TITLE = 'Springfield council votes on the bus-lane budget'
const WORDS = 'This meeting of the Springfield City Council is called to order.'

/**
 * Presses Tab (or Shift+Tab, when `target` comes before the focus) until `target` has focus:
 * reachable by keyboard, or the test fails.
 */
async function tabTo(page: Page, target: Locator) {
  const before = await target.evaluate(
    (el) =>
      document.activeElement !== null &&
      document.activeElement !== document.body &&
      Boolean(
        el.compareDocumentPosition(document.activeElement) & Node.DOCUMENT_POSITION_FOLLOWING,
      ),
  )
  const key = before ? 'Shift+Tab' : 'Tab'
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return
    await page.keyboard.press(key)
  }
  throw new Error(`not reachable by ${key}: ${target.toString()}`)
}

/** Tabs to a field and types into it, replacing what it held. */
async function typeInto(page: Page, field: Locator, text: string) {
  await tabTo(page, field)
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

async function openStudio(page: Page) {
  await page.goto('studio.html')
  await expect(page.getByRole('heading', { name: 'Start a timeline' })).toBeVisible()
}

/** Pastes `text` as the clipboard's plain text, outside any field. */
async function pasteOutsideFields(page: Page, text: string) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
  await page.evaluate((t) => {
    const data = new DataTransfer()
    data.setData('text/plain', t)
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
  }, text)
}

const councilTsv = () => tsvFormatRows(csvParseRows(readFileSync(fixture('council.csv'), 'utf8')))
const form = (page: Page) => page.getByRole('region', { name: 'Edit the timeline' })
const preview = (page: Page) => page.getByRole('region', { name: 'Preview' })

test.describe('Quoteline Studio', () => {
  // A whole producer's session per test, on a 2-core machine.
  test.describe.configure({ timeout: 120_000 })

  test('a producer makes a council timeline from nothing with the keyboard alone, and publishes its JSON', async ({
    page,
  }) => {
    // The reader's page leads producers to the studio, from its producer menu.
    await page.goto('./')
    await openProducerTools(page)
    await page.getByRole('link', { name: 'Make a timeline (Studio)' }).click()
    await expect(page).toHaveURL(/studio\.html$/)
    await expect(page.getByRole('heading', { name: 'Start a timeline' })).toBeVisible()
    await tabTo(page, page.getByRole('button', { name: 'New empty timeline' }))
    await page.keyboard.press('Enter')

    await typeInto(page, form(page).getByRole('textbox', { name: /^Title/ }), TITLE)
    await typeInto(
      page,
      form(page).getByRole('combobox', { name: /^Time zone/ }),
      'America/Chicago',
    )

    await tabTo(page, page.getByRole('button', { name: 'Add speaker' }))
    await page.keyboard.press('Enter')
    await expect(form(page).getByRole('textbox', { name: /^Id/ })).toBeFocused()
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('ortiz')
    await typeInto(page, form(page).getByRole('textbox', { name: /^Name/ }), 'Dana Ortiz')

    await tabTo(page, page.getByRole('button', { name: 'Add event' }))
    await page.keyboard.press('Enter')
    await expect(form(page).getByRole('textbox', { name: /^Title/ })).toBeFocused()
    await page.keyboard.type('The mayor calls the meeting to order')
    await typeInto(page, form(page).getByRole('combobox', { name: /^Kind/ }), 'procedure')
    await typeInto(
      page,
      form(page).getByRole('textbox', { name: /^Start/ }),
      '2026-03-03T18:30:00-06:00',
    )

    await tabTo(page, form(page).getByRole('button', { name: 'Add quote' }))
    await page.keyboard.press('Enter')
    await expect(form(page).getByRole('textbox', { name: /^Words/ })).toBeFocused()
    await page.keyboard.type(WORDS)
    await tabTo(page, form(page).getByRole('combobox', { name: /^Speaker/ }))
    await page.keyboard.type('Dana')

    // The preview is the reader's own timeline: the event is drawn, its quote on its card.
    const mark = preview(page).locator('[role="tab"][data-event-id]')
    await expect(mark).toHaveCount(1)
    await mark.click()
    await expect(preview(page).locator('figure[data-quote-id] blockquote')).toHaveText(WORDS)
    await expect(preview(page).getByText('Dana Ortiz').first()).toBeVisible()

    await tabTo(page, page.getByRole('button', { name: 'Publish' }))
    await page.keyboard.press('Enter')
    const download = page.getByRole('button', { name: 'Download the JSON' })
    await tabTo(page, download)
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    const json = JSON.parse(readFileSync((await file.path())!, 'utf8'))
    const parsed = parseTimeline(json)
    expect(parsed.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(parsed.document?.title).toBe(TITLE)
    expect(parsed.document?.timezone).toBe('America/Chicago')
    expect(parsed.document?.quotes.map((q) => [q.speakerId, q.text])).toEqual([['ortiz', WORDS]])
  })

  test('rows pasted from a spreadsheet become events and quotes, as one step that undo and redo take back and bring back', async ({
    page,
  }) => {
    await openStudio(page)
    await page.getByRole('button', { name: 'New empty timeline' }).click()
    await expect(form(page).getByRole('textbox', { name: /^Title/ })).toBeVisible()
    await pasteOutsideFields(page, councilTsv())
    const council = JSON.parse(readFileSync(fixture('council.json'), 'utf8'))
    const events = council.events.length as number
    await expect(page.getByRole('status').filter({ hasText: /^Added \d+ events/ })).toBeVisible()
    const marks = preview(page).locator('[role="tab"][data-event-id]')
    await expect(marks).toHaveCount(events)

    // Inside a text field, Ctrl+Z is the field's own: the paste stays.
    await form(page).getByRole('textbox').first().focus()
    await page.keyboard.press('ControlOrMeta+Z')
    await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
    await expect(marks).toHaveCount(events)
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())

    await page.keyboard.press('ControlOrMeta+Z')
    await expect(marks).toHaveCount(0)
    await page.keyboard.press('ControlOrMeta+Shift+Z')
    await expect(marks).toHaveCount(events)
    await page.keyboard.press('Control+Y')
    await expect(marks).toHaveCount(events)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(marks).toHaveCount(0)
    await page.getByRole('button', { name: 'Redo' }).click()
    await expect(marks).toHaveCount(events)
  })

  test('a tab killed mid-edit loses nothing saved: a new tab finds the work', async ({
    page,
    context,
  }) => {
    await openStudio(page)
    await page.getByRole('button', { name: 'New empty timeline' }).click()
    await pasteOutsideFields(page, councilTsv())
    await expect(preview(page).locator('[role="tab"][data-event-id]').first()).toBeVisible()
    await page.getByRole('button', { name: 'Document: title, zone, kinds, eras' }).click()
    const title = form(page).getByRole('textbox', { name: /^Title/ })
    await title.fill('Edited just before the crash')
    await expect(page.getByText(/saved \d/)).toBeVisible()
    const address = page.url()
    // A crash: no unload, no pagehide, nothing more written.
    const cdp = await context.newCDPSession(page)
    void cdp.send('Page.crash').catch(() => {})
    await page.waitForEvent('crash')

    const again = await context.newPage()
    await again.goto(address)
    await expect(
      again.getByRole('region', { name: 'Preview' }).locator('[role="tab"][data-event-id]').first(),
    ).toBeVisible()
    await again.getByRole('button', { name: 'Document: title, zone, kinds, eras' }).click()
    await expect(
      again
        .getByRole('region', { name: 'Edit the timeline' })
        .getByRole('textbox', { name: /^Title/ }),
    ).toHaveValue('Edited just before the crash')
  })

  test('the standalone page it publishes works from disk and in a sandboxed frame on another origin', async ({
    page,
  }, testInfo) => {
    await openStudio(page)
    await page.locator('input[type="file"]').setInputFiles(fixture('council.json'))
    await expect(preview(page).locator('[role="tab"][data-event-id]').first()).toBeVisible()
    await page.getByRole('button', { name: 'Publish' }).click()
    const button = page.getByRole('button', { name: 'Download the standalone page' })
    await expect(button).toBeEnabled()
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
    const html = readFileSync((await file.path())!, 'utf8')
    const path = testInfo.outputPath('council.html')
    await file.saveAs(path)

    await page.goto(`file://${path}`)
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE)

    await page.route('https://static.example/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: html }),
    )
    await page.route('https://article.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Article</title><iframe src="https://static.example/council.html" sandbox="allow-scripts" style="width:100%;height:700px"></iframe>`,
      }),
    )
    await page.goto('https://article.example/story.html')
    const frame = page.frameLocator('iframe')
    await expect(frame.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(TITLE)
  })

  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 375, height: 667 },
  ]) {
    test(`axe finds nothing on the start screen, the forms and the publish pane, at ${viewport.width} px, with no sideways scroll`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport)
      await openStudio(page)
      await expectNoAxeViolations(page)
      await page.locator('input[type="file"]').setInputFiles(fixture('council.json'))
      await expect(preview(page).locator('[role="tab"][data-event-id]').first()).toBeVisible()
      // A click on an event in the preview opens it in the form; then a problem at a field.
      const first = preview(page).locator('[role="tab"][data-event-id="call-to-order"]')
      await first.click()
      await expect(form(page).getByRole('textbox', { name: /^Title/ })).toHaveValue(
        'The mayor calls the meeting to order',
      )
      await form(page)
        .getByRole('textbox', { name: /^Title/ })
        .fill('')
      await expect(form(page).getByRole('textbox', { name: /^Title/ })).toHaveAttribute(
        'aria-invalid',
        'true',
      )
      await expectNoAxeViolations(page)
      expect(await pageScrollsSideways(page)).toBe(false)
      await page.getByRole('button', { name: 'Publish' }).click()
      await expect(page.getByRole('button', { name: 'Download the JSON' })).toBeVisible()
      await expectNoAxeViolations(page)
      expect(await pageScrollsSideways(page)).toBe(false)
    })
  }
})
