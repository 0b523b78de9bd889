import { expect, test, type Page } from '@playwright/test'
import { addEmbed, APP, frameHandle, HOST, recordHost, waitForMessage } from './embedHost'
import { startFaultServer } from './faultServer'

// ?src= against a server that misbehaves (tests/e2e/faultServer.ts): each fault gets its own true
// message, the page shows progress while bytes arrive, and the time limit is on silence only.

let faults: Awaited<ReturnType<typeof startFaultServer>>
test.beforeAll(async () => {
  faults = await startFaultServer()
})
test.afterAll(async () => faults.stop())

const SILENCE_MS = 3_000

/** A shorter silence limit, through the loader's test-only hook (src/data-io/loadFromUrl.ts). */
async function shortSilence(page: Page) {
  await page.addInitScript((ms) => {
    window.__quotelineSilenceMs = ms
  }, SILENCE_MS)
}

/** Records whether an alert was on the page at the moment data-timeline-error was set. */
async function watchErrorFlag(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __flagWithAlert: boolean[] }
    w.__flagWithAlert = []
    new MutationObserver(() => {
      if (document.documentElement.dataset.timelineError && w.__flagWithAlert.length === 0) {
        w.__flagWithAlert.push(document.querySelector('[role="alert"]') !== null)
      }
    }).observe(document, {
      subtree: true,
      attributes: true,
      attributeFilter: ['data-timeline-error'],
    })
  })
}

const src = (path: string) => `./?src=${encodeURIComponent(`${faults.origin}${path}`)}`

const CASES = [
  {
    name: 'a transfer cut off after the headers',
    path: '/cut.json',
    code: 'cut-off',
    says: /closed after 2\.7 KB of 9\.8 KB.*Try again/,
  },
  {
    name: 'a server that goes silent',
    path: '/stall.json',
    code: 'timeout',
    says: /Nothing arrived .* for 3 seconds after 1 KB/,
  },
  {
    name: 'a redirect loop',
    path: '/loop.json',
    code: 'redirect-failed',
    says: /redirects elsewhere, and the redirect could not be followed/,
  },
  {
    name: 'a PNG in place of the document',
    path: '/image.png',
    code: 'wrong-type',
    says: /gave image\/png, not a timeline file/,
  },
  {
    name: 'a server that does not allow CORS',
    path: '/no-cors.json',
    code: 'load-failed',
    says: /likely cause is CORS/,
  },
] as const

test.describe('faults while loading ?src=', () => {
  for (const c of CASES) {
    test(`${c.name} is named as such, with the alert, the flag and the tab title together`, async ({
      page,
    }) => {
      await shortSilence(page)
      await watchErrorFlag(page)
      const started = Date.now()
      await page.goto(src(c.path))
      const alert = page.getByRole('alert')
      await expect(alert).toContainText(c.says)
      const elapsedMs = Date.now() - started
      if (c.code !== 'load-failed') await expect(alert).not.toContainText('CORS')
      await expect(page.locator('html')).toHaveAttribute('data-timeline-error', 'true')
      expect(
        await page.evaluate(
          () => (window as unknown as { __flagWithAlert: boolean[] }).__flagWithAlert,
        ),
      ).toEqual([true])
      await expect(page).toHaveTitle('Could not load the timeline · Quoteline')
      // Only the silent server waits for the silence limit; nothing waits for the old 15 s.
      if (c.code === 'timeout') expect(elapsedMs).toBeGreaterThanOrEqual(SILENCE_MS)
      expect(elapsedMs).toBeLessThan(10_000)
    })
  }

  test('an address where nothing answers is not blamed on CORS', async ({ page }) => {
    await page.goto(`./?src=${encodeURIComponent('http://127.0.0.1:9/doc.json')}`)
    const alert = page.getByRole('alert')
    await expect(alert).toContainText(/could not be reached/)
    await expect(alert).not.toContainText('CORS')
  })

  test('JSON served as text/plain loads', async ({ page }) => {
    await page.goto(src('/plain.json'))
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(page).toHaveTitle('Example fixture timeline · Quoteline')
  })

  test('a trickling server shows its progress and, never silent for long, is not cut off', async ({
    page,
  }) => {
    await shortSilence(page)
    const started = Date.now()
    await page.goto(src('/trickle.json'), { waitUntil: 'commit' })
    await expect(page).toHaveTitle('Loading… · Quoteline')
    const bar = page.getByRole('progressbar', { name: 'Downloading the timeline' })
    await expect(bar).toHaveAttribute(
      'aria-valuetext',
      /^\d+(\.\d)? (bytes|KB) of \d+(\.\d)? KB received$/,
    )
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    // 25 pieces 150 ms apart: longer in all than the silence limit, never silent for as long.
    expect(Date.now() - started).toBeGreaterThan(SILENCE_MS)
    await expect(page.locator('[data-event-id][role="tab"]')).toHaveCount(3)
    await expect(page).toHaveTitle('Example fixture timeline · Quoteline')
  })

  test('Cancel stops a download and says how much had arrived', async ({ page }) => {
    await page.goto(src('/stall.json'))
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '1 KB received')
    await page.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByRole('alert')).toContainText(/was cancelled after 1 KB/)
    await expect(page).toHaveTitle('Could not load the timeline · Quoteline')
  })
})

test.describe('faults in an embed', () => {
  test('each fault posts ready (status error) and its error, with the height of the page with the alert', async ({
    page,
  }) => {
    await shortSilence(page)
    await recordHost(page)
    await page.goto(`${HOST}article.html`)
    for (const c of CASES) {
      const embedId = `fault-${c.code}`
      const url = encodeURIComponent(`${faults.origin}${c.path}`)
      // Sandboxed (an opaque origin), as embeds are: the fault server answers with CORS.
      const frame = await addEmbed(page, `${APP}embed.html?embedId=${embedId}&src=${url}`, {
        id: embedId,
      })
      const ready = await waitForMessage(page, 'ready', embedId)
      expect(ready.data.payload).toMatchObject({ status: 'error', eventCount: 0 })
      const error = await waitForMessage(page, 'error', embedId)
      expect(error.data.payload).toMatchObject({ code: c.code })
      expect(String(error.data.payload.message)).toMatch(c.says)
      await expect(frame.getByRole('alert')).toContainText(c.says)
      const handle = await frameHandle(page, `#${embedId}`)
      const measured = await handle.evaluate(() => ({
        height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        alertBottom: document.querySelector('[role="alert"]')?.getBoundingClientRect().bottom ?? 0,
      }))
      expect(ready.data.payload.height).toBe(measured.height)
      expect(measured.alertBottom).toBeGreaterThan(0)
      expect(measured.alertBottom).toBeLessThanOrEqual(measured.height)
    }
  })
})
