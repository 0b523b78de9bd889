import { expect, test } from '@playwright/test'

// index.html starts the ?src= download beside the app's scripts (src/data-io/earlyFetch.ts).

test('a ?src= document is requested once, before the app script has even arrived', async ({
  page,
}) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(new URL(r.url()).pathname))
  await page.goto('./?src=/fixtures/small.json')
  await expect(page.locator('html[data-timeline-ready="true"]')).toBeAttached()
  expect(requests.filter((p) => p === '/fixtures/small.json')).toHaveLength(1)
  const timing = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const doc = entries.find((e) => e.name.endsWith('/fixtures/small.json'))
    const app = entries.find(
      (e) => e.initiatorType === 'script' && /\/index-[^/]+\.js$/.test(e.name),
    )
    return { docStart: doc?.startTime ?? NaN, appEnd: app?.responseEnd ?? NaN }
  })
  expect(timing.docStart).toBeLessThan(timing.appEnd)
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
      expected: ['loadFromUrl', 'parseTimeline', 'readDocument'],
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
      const name = /\/assets\/(loadFromUrl|readDocument|parseTimeline)-/.exec(r.url())?.[1]
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
