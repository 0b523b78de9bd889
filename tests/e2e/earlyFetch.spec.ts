import { expect, test } from '@playwright/test'

// index.html starts the ?src= download beside the app's scripts (src/data-io/earlyFetch.ts).

test('a ?src= document is requested by the page itself, before any app code runs, and only once', async ({
  browser,
  baseURL,
}) => {
  for (const app of [false, true]) {
    // A fresh context each time, so that nothing comes from the other run's cache.
    const context = await browser.newContext(baseURL ? { baseURL } : {})
    const page = await context.newPage()
    // Held back, the app script cannot be what asks for the document.
    if (!app) await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort())
    const requests: string[] = []
    page.on('request', (r) => requests.push(new URL(r.url()).pathname))
    await page.goto('./?src=/fixtures/small.json')
    const asked = () => requests.filter((p) => p === '/fixtures/small.json').length
    if (app) {
      // The app takes the request index.html started rather than making its own.
      await expect(page.locator('html[data-timeline-ready="true"]')).toBeAttached()
      expect(asked()).toBe(1)
    } else {
      await expect.poll(asked).toBe(1)
    }
    await context.close()
  }
})

test('with ?src= the loader and validator download beside the app script; without it, never', async ({
  browser,
  baseURL,
}) => {
  const cases = [
    // The app script is held back: whatever loads comes from index.html itself, not from the app.
    {
      path: './?src=/fixtures/small.json',
      app: false,
      // The reader's chunk (loader, document reader, loading screen) and the validator's.
      expected: ['parseTimeline', 'reader'],
    },
    { path: './', app: true, expected: [] },
  ]
  for (const { path, app, expected } of cases) {
    // A fresh context each time: nothing comes from the other page's cache.
    const context = await browser.newContext(baseURL ? { baseURL } : {})
    const page = await context.newPage()
    if (!app) await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort())
    const chunks: string[] = []
    page.on('request', (r) => {
      const name = /\/assets\/(reader|parseTimeline)-/.exec(r.url())?.[1]
      if (name) chunks.push(name)
    })
    await page.goto(path)
    if (app) await expect(page.locator('html[data-timeline-ready="true"]')).toBeAttached()
    else await expect.poll(() => chunks.length).toBe(expected.length)
    expect([...chunks].sort()).toEqual(expected)
    await context.close()
  }
})

test('a failing early request is reported by the loader, once, with its usual message', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text())
  })
  await page.goto('./?src=/fixtures/missing.json')
  await expect(page.getByRole('alert')).toContainText('404')
  expect(errors).toEqual([])
})
