import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { fileInput, mark, openProducerTools, openTimeline, settledBox } from './helpers'

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname
const heading = (page: Page) => page.getByRole('heading', { level: 1 })
const SUMMIT = 'Trump and Putin in Alaska'

test.describe('opening other timelines', () => {
  test('a chosen file opens; undo brings back the summit with its selection', async ({ page }) => {
    await openTimeline(page, './#event=putin-lands')
    await (await fileInput(page)).setInputFiles(fixture('small.json'))
    await expect(heading(page)).not.toHaveText(SUMMIT)
    await expect(page.getByRole('status').filter({ hasText: 'Showing “small.json”' })).toBeVisible()
    await page.getByRole('button', { name: /Undo/ }).click()
    await expect(heading(page)).toHaveText(SUMMIT)
    await expect(mark(page, 'putin-lands')).toHaveAttribute('data-selected', 'true')
  })

  test('the notice that a file opened comes in with its timeline: nothing moves after', async ({
    page,
  }) => {
    // The notice's code arrives late, as on a slow link.
    await page.route(/\/assets\/LoadNoticeBody-[^/]+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 600))
      await route.continue()
    })
    await openTimeline(page)
    // At the first moment the new title is on the page, is its notice (which sits above the
    // controls) there too? Arriving later, it would push the controls down under the pointer.
    await page.evaluate((summit) => {
      const seen = new MutationObserver(() => {
        const title = document.querySelector('h1')?.textContent
        if (!title || title === summit) return
        document.documentElement.dataset.noticeWithTitle = String(
          document.querySelector('[data-load-notice="opened"]') !== null,
        )
        seen.disconnect()
      })
      seen.observe(document.body, { subtree: true, childList: true, characterData: true })
    }, SUMMIT)
    await (await fileInput(page)).setInputFiles(fixture('small.json'))
    await expect(heading(page)).not.toHaveText(SUMMIT)
    await expect(page.locator('html')).toHaveAttribute('data-notice-with-title', 'true')
  })

  test('a file that cannot be read says why and keeps the timeline and its selection', async ({
    page,
  }) => {
    await openTimeline(page, './#event=putin-lands')
    await (await fileInput(page)).setInputFiles(fixture('not-a-timeline.json'))
    await expect(page.getByRole('alert')).toContainText('could not be opened')
    await expect(heading(page)).toHaveText(SUMMIT)
    await expect(mark(page, 'putin-lands')).toHaveAttribute('data-selected', 'true')
  })

  test('a failed open and an undo both keep the zoom the reader had', async ({ page }) => {
    await openTimeline(page, './#event=putin-lands')
    // Zoomed in from the whole day, so the selected mark stays in view (the summit opens on
    // part of the day, and a zoom about its middle would leave the 10:54 landing out).
    await page.getByRole('button', { name: 'Fit all' }).click()
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await page.getByRole('button', { name: 'Zoom in' }).click()
    const where = () => settledBox(mark(page, 'putin-lands')).then((b) => Math.round(b.x))
    const before = await where()
    const span = async () => (await mark(page, 'trump-lands').boundingBox())?.x ?? Number.NaN
    const spanBefore = await span()

    await (await fileInput(page)).setInputFiles(fixture('not-a-timeline.json'))
    await expect(page.getByRole('alert')).toContainText('could not be opened')
    expect(await where()).toBe(before)

    await (await fileInput(page)).setInputFiles(fixture('small.json'))
    await expect(heading(page)).not.toHaveText(SUMMIT)
    await page.getByRole('button', { name: /Undo/ }).click()
    await expect(heading(page)).toHaveText(SUMMIT)
    expect(Math.abs((await where()) - before)).toBeLessThanOrEqual(1)
    expect(Math.abs((await span()) - spanBefore)).toBeLessThanOrEqual(1)
  })

  test('a file dropped anywhere opens, and the browser never navigates to it', async ({ page }) => {
    await openTimeline(page)
    // What catches drops loads once the timeline is drawn; a drag over the page says when.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const over = new DragEvent('dragover', { bubbles: true, cancelable: true })
          window.dispatchEvent(over)
          return over.defaultPrevented
        }),
      )
      .toBe(true)
    const url = page.url()
    const text = readFileSync(fixture('small.json'), 'utf8')
    await page.evaluate((body) => {
      const data = new DataTransfer()
      data.items.add(new File([body], 'dropped.json', { type: 'application/json' }))
      const target = document.querySelector('footer') ?? document.body
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }),
        )
      }
    }, text)
    await expect(heading(page)).not.toHaveText(SUMMIT)
    expect(page.url()).toBe(url)
  })
})

test.describe('other formats', () => {
  const shared = (path: string) => new URL(`../fixtures/${path}`, import.meta.url).pathname

  test('hostile TimelineJS markup shows as text and runs nothing', async ({ page }) => {
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await openTimeline(page)
    await (await fileInput(page)).setInputFiles(shared('timelinejs/hostile.json'))
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing “hostile.json”' }),
    ).toBeVisible()
    expect(await page.locator('#root script, #root img[onerror], #root iframe').count()).toBe(0)
    expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0)
    expect(dialogs).toEqual([])
  })
})

test.describe('export', () => {
  test('the document as JSON and CSV that open again, and the view as SVG and PNG', async ({
    page,
  }) => {
    await openTimeline(page, './#event=putin-lands')
    const save = async (label: string) => {
      await openProducerTools(page)
      await page.getByRole('button', { name: 'Export…' }).click()
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: new RegExp(`^${label}`) }).click(),
      ])
      const path = await download.path()
      return { name: download.suggestedFilename(), body: readFileSync(path) }
    }
    const json = await save('JSON')
    expect(json.name).toBe('trump-and-putin-in-alaska.json')
    const doc = JSON.parse(json.body.toString('utf8')) as {
      $schema: string
      title: string
      events: unknown[]
    }
    expect(doc.title).toBe(SUMMIT)
    expect(doc.events).toHaveLength(12)
    expect(doc.$schema).toMatch(/\/news\/timeline\/schema\/quoteline-1\.json$/)

    const svg = await save('SVG')
    expect(svg.name).toBe('trump-and-putin-in-alaska.svg')
    expect(svg.body.toString('utf8')).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/)
    expect(svg.body.toString('utf8')).toContain(SUMMIT)

    const png = await save('PNG')
    expect(png.name).toBe('trump-and-putin-in-alaska.png')
    expect(png.body.subarray(1, 4).toString('ascii')).toBe('PNG')

    const csv = await save('CSV')
    expect(csv.name).toBe('trump-and-putin-in-alaska.csv')
    expect(csv.body.toString('utf8').split('\n')[0]).toMatch(/^record,/)

    // What was exported opens again as the same timeline, from CSV and from JSON.
    await (
      await fileInput(page)
    ).setInputFiles({
      name: 'exported.csv',
      mimeType: 'text/csv',
      buffer: csv.body,
    })
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing “exported.csv”' }),
    ).toBeVisible()
    await expect(heading(page)).toHaveText(SUMMIT)
    await expect(page.locator('[role="tab"][data-event-id]')).toHaveCount(12)
    await (
      await fileInput(page)
    ).setInputFiles({
      name: 'exported.json',
      mimeType: 'application/json',
      buffer: json.body,
    })
    await expect(
      page.getByRole('status').filter({ hasText: 'Showing “exported.json”' }),
    ).toBeVisible()
    await expect(heading(page)).toHaveText(SUMMIT)
  })
})
