import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { fileInput, openProducerTools, openTimeline } from './helpers'

/**
 * A document opened from a file is not published anywhere: the embed dialog says so, offers the
 * `?src=` code for the address it will have, and a standalone page that carries it inside.
 */

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname
const COUNCIL = 'Springfield council votes on the bus-lane budget'
const KIM = 'Close the tag </script> and go\u2028on: the bus is late.'

/** Opens the council file in the full view, then the Embed dialog. */
async function openCouncilEmbed(page: Page) {
  await openTimeline(page)
  await (await fileInput(page)).setInputFiles(fixture('council-small.json'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(COUNCIL)
  // The notice that the file opened (with its Undo) comes in above the controls: a producer
  // reaches for the menu once the page has settled, not while it moves.
  await expect(page.getByText('Showing “council-small.json”.')).toBeVisible()
  await openProducerTools(page)
  await page.getByRole('button', { name: 'Embed' }).click()
  return page.getByRole('dialog', { name: 'Embed this timeline' })
}

/** The standalone page the dialog downloads, with the full view's address when given. */
async function downloadPage(page: Page, fullView?: string): Promise<string> {
  const dialog = await openCouncilEmbed(page)
  if (fullView) {
    await dialog
      .getByRole('textbox', { name: 'Address of the full timeline (optional)' })
      .fill(fullView)
  }
  const button = dialog.getByRole('button', { name: 'Download the embed page (.html)' })
  await expect(button).toBeEnabled()
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()])
  expect(file.suggestedFilename()).toBe('springfield-council-votes-on-the-bus-lane-budget.html')
  return readFileSync((await file.path())!, 'utf8')
}

test.describe('embedding a document opened from a file', () => {
  test('the dialog says to publish first, gives the ?src= code and previews the file, never the summit', async ({
    page,
  }) => {
    const dialog = await openCouncilEmbed(page)
    await expect(dialog.getByText('Publish this file first.')).toBeVisible()
    await expect(dialog.getByText('Access-Control-Allow-Origin: *')).toBeVisible()
    await expect(dialog.getByText('Enter the http or https address')).toBeVisible()
    const address = 'https://news.example/data/council.json'
    await dialog
      .getByRole('textbox', { name: 'Address where you will publish the JSON' })
      .fill(address)
    const code = dialog.getByRole('textbox', { name: 'Embed code for the published JSON' })
    await expect(code).toHaveValue(
      new RegExp(`src=${encodeURIComponent(address)}`.replace(/\./g, '\\.')),
    )
    await expect(code).toHaveValue(/title="Timeline: Springfield council votes/)
    const preview = page.frameLocator(`iframe[title="Preview: ${COUNCIL}"]`)
    await expect(preview.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(COUNCIL)
    await expect(preview.getByText('Trump and Putin in Alaska')).toHaveCount(0)
  })

  test('the standalone page carries the document escaped, titled and described from it', async ({
    page,
  }) => {
    const html = await downloadPage(page)
    expect(html).toContain(`<title>${COUNCIL}</title>`)
    expect(html).toContain(
      'content="An invented council evening for tests &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more."',
    )
    const data = /<script type="application\/json" id="quoteline-document">([^<]*)<\/script>/.exec(
      html,
    )
    expect(data).not.toBeNull()
    expect(data![1]).not.toMatch(/[\u2028\u2029]/)
    expect(JSON.parse(data![1]!).title).toBe(COUNCIL)
  })

  test('the standalone page works from another origin in sandbox="allow-scripts", with no request', async ({
    page,
  }) => {
    const html = await downloadPage(page)
    const requests: string[] = []
    // Two origins the app never served: a static host with the page, and an article embedding it.
    await page.route('https://static.example/**', (route) => {
      requests.push(route.request().url())
      return route.fulfill({ contentType: 'text/html', body: html })
    })
    await page.route('https://article.example/**', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Article</title><iframe src="https://static.example/council.html" sandbox="allow-scripts" style="width:100%;height:700px"></iframe>`,
      }),
    )
    page.on('request', (r) => {
      if (!r.url().startsWith('https://')) requests.push(r.url())
    })
    await page.goto('https://article.example/story.html')
    const frame = page.frameLocator('iframe')
    await expect(frame.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(COUNCIL)
    await expect(frame.locator('figure[data-quote-id="q-kim"] blockquote')).toHaveText(KIM)
    // No full view was given: no link that would lead nowhere.
    await expect(frame.getByText('Open full timeline')).toHaveCount(0)
    expect(requests).toEqual(['https://static.example/council.html'])
  })

  test('the standalone page works from file://, with "Open full timeline" where the producer said', async ({
    page,
  }, testInfo) => {
    const html = await downloadPage(page, 'https://news.example/council/')
    const path = testInfo.outputPath('council.html')
    writeFileSync(path, html)
    await page.goto(`file://${path}`)
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(COUNCIL)
    await expect(page).toHaveTitle(`${COUNCIL} · Quoteline`)
    await expect(page.getByRole('link', { name: /Open full timeline/ })).toHaveAttribute(
      'href',
      'https://news.example/council/',
    )
  })
})
