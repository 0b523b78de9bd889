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
  page,
}) => {
  const chunks: string[] = []
  page.on('request', (r) => {
    const name = /\/assets\/(loadFromUrl|readDocument|parseTimeline)-/.exec(r.url())?.[1]
    if (name) chunks.push(name)
  })
  await page.goto('./')
  await expect(page.locator('html[data-timeline-ready="true"]')).toBeAttached()
  expect(chunks).toEqual([])

  await page.goto('./?src=/fixtures/small.json')
  await expect(page.locator('html[data-timeline-ready="true"]')).toBeAttached()
  expect([...chunks].sort()).toEqual(['loadFromUrl', 'parseTimeline', 'readDocument'])
  const timing = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[]
    const validator = entries.find((e) => /\/parseTimeline-[^/]+\.js$/.test(e.name))
    const app = entries.find((e) => /\/index-[^/]+\.js$/.test(e.name))
    return { validatorStart: validator?.startTime ?? NaN, appEnd: app?.responseEnd ?? NaN }
  })
  // Asked for before the app script had even arrived, so before any of it ran.
  expect(timing.validatorStart).toBeLessThan(timing.appEnd)
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
