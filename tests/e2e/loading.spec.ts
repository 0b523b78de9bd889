import { expect, test, type Page } from '@playwright/test'
import {
  drawnEventIds,
  mark,
  marks,
  openTimeline,
  SUMMIT_EVENT_IDS,
  SUMMIT_EVENTS,
} from './helpers'

/** Absolute URL of a fixture served by scripts/serve-dist.mjs under /fixtures/. */
const fixtureUrl = (baseURL: string | undefined, name: string) =>
  new URL(`/fixtures/${name}`, baseURL).href

/** The error state: an alert, the error flag, and nothing drawn in its place. */
async function expectLoadError(page: Page, mentions: string) {
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-timeline-error', 'true')
  const alert = page.getByRole('alert')
  await expect(alert).toBeVisible()
  await expect(alert).toContainText(mentions)
  await expect(html).not.toHaveAttribute('data-timeline-ready', 'true')
  await expect(page.locator('[data-event-id]')).toHaveCount(0)
  await expect(page.locator('[data-quote-id]')).toHaveCount(0)
  const markup = await page.content()
  for (const id of SUMMIT_EVENT_IDS) expect(markup).not.toContain(id)
}

test.describe('loading', () => {
  test('the production build served from /news/timeline/ draws the summit using only same-origin requests and without errors', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin
    const requests: { url: string; type: string }[] = []
    const failures: string[] = []
    const problems: string[] = []
    page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }))
    page.on('requestfailed', (r) => failures.push(`${r.url()}: ${r.failure()?.errorText}`))
    page.on('response', (r) => {
      if (r.status() >= 400) failures.push(`${r.url()}: HTTP ${r.status()}`)
    })
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console.error: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))

    await openTimeline(page)

    const ids = await drawnEventIds(page)
    expect(ids.length).toBe(SUMMIT_EVENTS.length)
    for (const id of SUMMIT_EVENT_IDS) expect(ids).toContain(id)
    await expect(page.locator('figure[data-quote-id] blockquote').first()).toBeVisible()
    await expect(page.locator('[data-timeline-surface]')).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)

    // data: URLs never leave the page, so only network requests are checked.
    const network = requests.filter((r) => !/^(data|blob):/.test(r.url))
    expect(network.length).toBeGreaterThan(0)
    for (const r of network) expect(r.url.startsWith(`${origin}/`), r.url).toBe(true)
    // The built-in document is bundled: the page fetches no data.
    expect(network.filter((r) => r.type === 'fetch' || r.type === 'xhr')).toEqual([])
    expect(failures).toEqual([])
    expect(problems).toEqual([])
  })

  test('the folder URL without its trailing slash redirects to the app', async ({
    page,
    baseURL,
  }) => {
    await page.goto(new URL(baseURL ?? '').pathname.replace(/\/$/, ''))
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    expect(new URL(page.url()).pathname).toBe(new URL(baseURL ?? '').pathname)
  })

  test('?src= with a same-origin document draws that document instead of the summit', async ({
    page,
    baseURL,
  }) => {
    await openTimeline(page, `./?src=${encodeURIComponent(fixtureUrl(baseURL, 'small.json'))}`)

    await expect(marks(page)).toHaveCount(3)
    expect(await drawnEventIds(page)).toEqual([
      'example-opening',
      'example-middle',
      'example-closing',
    ])
    // A kind outside the summit's set is still drawn, with its kind on the mark.
    await expect(mark(page, 'example-middle')).toHaveAttribute('data-event-kind', 'example-kind')
    await expect(page.locator('figure[data-quote-id="example-quote-one"] blockquote')).toHaveText(
      'This is an example quote for a test fixture.',
    )
    await expect(page.locator('figure[data-quote-id="example-quote-two"]')).toHaveAttribute(
      'data-event-id',
      'example-middle',
    )
    const markup = await page.content()
    for (const id of SUMMIT_EVENT_IDS) expect(markup).not.toContain(id)
  })

  test('a ?src= document with problems comes with their notice: the timeline never moves down after', async ({
    page,
    baseURL,
  }) => {
    const doc = {
      title: 'A council meeting',
      events: [
        { id: 'opens', kind: 'meeting', title: 'The meeting opens', start: '2025-03-04T18:00:00Z' },
        { id: 'untitled', kind: 'vote', start: '2025-03-04T19:00:00Z' },
      ],
    }
    await page.route('**/fixtures/with-problems.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(doc) }),
    )
    // The notice's code arrives late, as on a slow link.
    await page.route(/\/assets\/ProblemsNotice-[^/]+\.js$/, async (route) => {
      await new Promise((done) => setTimeout(done, 600))
      await route.continue()
    })
    // At the first moment the document's title is on the page, is the notice there too?
    await page.addInitScript(() => {
      const seen = new MutationObserver(() => {
        if (document.querySelector('h1')?.textContent !== 'A council meeting') return
        document.documentElement.dataset.problemsWithTitle = String(
          /This document has (a problem|\d+ problems)/.test(document.body.textContent ?? ''),
        )
        seen.disconnect()
      })
      seen.observe(document, { subtree: true, childList: true, characterData: true })
    })
    await page.goto(`./?src=${encodeURIComponent(fixtureUrl(baseURL, 'with-problems.json'))}`)
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(page.locator('html')).toHaveAttribute('data-problems-with-title', 'true')
    await expect(page.getByText(/This document has (a problem|\d+ problems)/)).toBeVisible()
    await expect(mark(page, 'opens')).toBeVisible()
  })

  test('?src= pointing at a file that is not JSON shows an alert and no summit data', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`./?src=${encodeURIComponent(fixtureUrl(baseURL, 'broken.json'))}`)
    await expectLoadError(page, 'broken.json')
  })

  test('?src= pointing at a missing file shows an alert naming the failure and no summit data', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`./?src=${encodeURIComponent(fixtureUrl(baseURL, 'missing.json'))}`)
    await expectLoadError(page, '404')
  })

  test('?src= pointing at JSON that is not a timeline shows an alert and no summit data', async ({
    page,
    baseURL,
  }) => {
    await page.goto(`./?src=${encodeURIComponent(fixtureUrl(baseURL, 'not-a-timeline.json'))}`)
    await expectLoadError(page, 'events')
  })

  test('?src= with a javascript: URL is refused with an alert and never runs', async ({ page }) => {
    let dialogs = 0
    page.on('dialog', (d) => {
      dialogs++
      void d.dismiss()
    })
    await page.goto(`./?src=${encodeURIComponent('javascript:alert(1)')}`)
    await expectLoadError(page, 'javascript:')
    expect(dialogs).toBe(0)
  })
})
