import { expect, test, type FrameLocator, type Page } from '@playwright/test'
import {
  addEmbed,
  APP,
  embedFrame,
  frameHandle,
  HOST,
  messages,
  openHost,
  recordHost,
  waitForMessage,
} from './embedHost'
import { settledBox } from './helpers'

// Every test here puts the built app (127.0.0.1) inside host pages of another origin (localhost),
// served without CORS headers, as a newsroom's article would.

const markIn = (frame: FrameLocator, id: string) =>
  frame.locator(`[role="tab"][data-event-id="${id}"]`)
const selectedIn = (frame: FrameLocator) =>
  frame.locator('[role="tab"][data-event-id][data-selected="true"]')

async function hostFocusAndScroll(page: Page) {
  return page.evaluate(() => ({
    active: document.activeElement?.tagName ?? null,
    scrollY: Math.round(window.scrollY),
  }))
}

test.describe('embed mode', () => {
  test('shows the timeline without page chrome, with a link to the full view in the same state', async ({
    page,
  }) => {
    await page.goto(`${APP}embed.html?embedId=solo#event=putin-lands`)
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(page.locator('html')).toHaveAttribute('data-embed', 'true')
    await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /^Display/ })).toHaveCount(0)
    const link = page.getByRole('link', { name: /Open full timeline/ })
    await expect(link).toHaveAttribute('href', `${APP}index.html#event=putin-lands`)
    await expect(link).toHaveAttribute('target', '_blank')
    await page.locator('[role="tab"][data-event-id="closing-exchange"]').click()
    await expect(link).toHaveAttribute('href', `${APP}index.html#event=closing-exchange`)
    // The link leads to the full view with that selection.
    await page.goto(await link.evaluate((a) => (a as HTMLAnchorElement).href))
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(page.getByRole('button', { name: /^Producer tools/ })).toBeVisible()
    await expect(page.locator('[data-event-id="closing-exchange"][role="tab"]')).toHaveAttribute(
      'data-selected',
      'true',
    )
  })

  test('?embed=1 on the app page opens the embed page with its options and deep link', async ({
    page,
  }) => {
    await page.goto(`${APP}?embed=1&embedId=via-index&theme=dark#quote=putin-next-time-in-moscow`)
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    expect(new URL(page.url()).pathname).toBe('/news/timeline/embed.html')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  })

  test('the embed flag written another way (%31, a space, true) forwards the same', async ({
    page,
  }) => {
    for (const flag of ['%31', '%201', 'true']) {
      await page.goto(`${APP}?embed=${flag}&embedId=other-way`)
      await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
      expect(new URL(page.url()).pathname).toBe('/news/timeline/embed.html')
    }
  })

  test('?embed=1 in a sandboxed cross-origin frame forwards silently: no app asset fetched, no error', async ({
    page,
  }) => {
    const { errors } = await recordHost(page)
    const assets: string[] = []
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/news/timeline/assets/')) assets.push(r.url())
    })
    await page.goto(`${HOST}article.html`)
    const frame = await addEmbed(page, `${APP}index.html?embed=1&embedId=fwd#event=putin-lands`)
    await expect(frame.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(selectedIn(frame)).toHaveAttribute('data-event-id', 'putin-lands')
    await waitForMessage(page, 'ready', 'fwd')
    // The embed page is self-contained: nothing under assets/ is ever asked for on the way.
    expect(assets).toEqual([])
    expect(errors).toEqual([])
  })

  test('the full view still loads its script and styles from index.html', async ({ page }) => {
    const errors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text())
    })
    await page.goto(`${APP}index.html#event=putin-lands`)
    await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    // The stylesheet the inline script wrote is there.
    const sheets = await page.evaluate(() => document.styleSheets.length)
    expect(sheets).toBeGreaterThan(0)
    expect(errors).toEqual([])
  })

  for (const width of [280, 375]) {
    test(`fits a ${width} px frame with nothing wider than the frame`, async ({ page }) => {
      const { errors } = await recordHost(page)
      await page.goto(`${HOST}article.html`)
      await page.locator('#timeline').evaluate((el, w) => el.remove() ?? w, width)
      const frame = await addEmbed(page, `${APP}embed.html`, { width: `${width}px` })
      await expect(frame.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
      const handle = await frameHandle(page, '#added')
      const overflow = await handle.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }))
      expect(overflow.scroll).toBeLessThanOrEqual(overflow.client)
      await expect(frame.getByRole('link', { name: /Open full timeline/ })).toBeInViewport()
      expect(errors).toEqual([])
    })
  }
})

test.describe('the strictest sandbox on another origin', () => {
  test('loads, is ready and logs no errors, with an opaque origin and no CORS headers', async ({
    page,
  }) => {
    const { errors } = await recordHost(page)
    const appResponses: Record<string, string | undefined>[] = []
    page.on('response', (r) => {
      if (r.url().startsWith(APP)) appResponses.push(r.headers())
    })
    await openHost(page, 'sandboxed.html')
    const frame = await frameHandle(page)
    expect(await frame.evaluate(() => window.origin)).toBe('null')
    // Storage really is forbidden there: the app got by without it.
    expect(
      await frame.evaluate(() => {
        try {
          void window.localStorage
          return 'readable'
        } catch {
          return 'throws'
        }
      }),
    ).toBe('throws')
    expect(appResponses.length).toBeGreaterThan(0)
    for (const headers of appResponses) {
      expect(headers['access-control-allow-origin']).toBeUndefined()
    }
    const ready = await waitForMessage(page, 'ready', 'strict-1')
    expect(ready.origin).toBe('null')
    expect(errors).toEqual([])
  })

  test('opens at the deep link without moving the host page’s focus or scroll', async ({
    page,
  }) => {
    await recordHost(page)
    await openHost(page, 'sandboxed.html')
    await expect(selectedIn(embedFrame(page))).toHaveAttribute('data-event-id', 'closing-exchange')
    expect(await hostFocusAndScroll(page)).toEqual({ active: 'BODY', scrollY: 0 })
  })

  test('opens at a quote deep link, and ?embed=1 on the app page also works there', async ({
    page,
  }) => {
    await recordHost(page)
    await page.goto(`${HOST}article.html`)
    const frame = await addEmbed(page, `${APP}?embed=1&embedId=q#quote=putin-next-time-in-moscow`)
    await expect(frame.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(
      frame.locator('figure[data-quote-id="putin-next-time-in-moscow"]'),
    ).toHaveAttribute('data-selected', 'true')
    await expect(selectedIn(frame)).toHaveAttribute('data-event-id', 'closing-exchange')
  })
})

test('the embed page runs under a strict Content-Security-Policy built from embed.csp.txt', async ({
  page,
  request,
}) => {
  const hashes = (await (await request.get(`${APP}embed.csp.txt`)).text()).trim()
  expect(hashes).toMatch(/^script-src 'sha256-[\w+/=]+'; style-src 'sha256-[\w+/=]+'$/)
  const policy = `default-src 'none'; ${hashes}; img-src 'self' data:; connect-src https:`
  await page.route(`${APP}embed.html**`, async (route) => {
    const response = await route.fetch()
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': policy },
    })
  })
  const violations: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') violations.push(m.text())
  })
  await page.goto(`${APP}embed.html#event=putin-lands`)
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
  await expect(page.locator('[role="tab"][data-event-id="putin-lands"]')).toHaveAttribute(
    'data-selected',
    'true',
  )
  expect(violations).toEqual([])
})

test.describe('history, focus and scroll', () => {
  test('twenty selections inside the frame add no history entry to the host page', async ({
    page,
  }) => {
    await recordHost(page)
    await openHost(page, 'article.html')
    const before = await page.evaluate(() => history.length)
    const frame = embedFrame(page)
    const ids = ['trump-lands', 'putin-lands', 'greeting-tarmac', 'meeting-3on3']
    for (let i = 0; i < 20; i++) {
      const id = ids[i % ids.length] as string
      await markIn(frame, id).click()
      await expect(markIn(frame, id)).toHaveAttribute('data-selected', 'true')
    }
    await expect.poll(async () => (await messages(page, 'select')).length).toBe(20)
    expect(await page.evaluate(() => history.length)).toBe(before)
  })

  test('a host command selects without taking focus or scrolling the host page', async ({
    page,
  }) => {
    await recordHost(page)
    await openHost(page, 'two-embeds.html')
    await page.evaluate(() => window.scrollTo(0, 40))
    const button = page.locator('#jump-first')
    await button.focus()
    await button.press('Enter')
    const first = embedFrame(page, 0)
    await expect(selectedIn(first)).toHaveAttribute('data-event-id', 'press-availability')
    await expect(page.locator('#first-selection')).toHaveText(
      'First timeline selected: press-availability',
    )
    expect(await hostFocusAndScroll(page)).toEqual({ active: 'BUTTON', scrollY: 40 })
    await expect(button).toBeFocused()
  })
})

test.describe('messages to the host page', () => {
  test('ready once, resize as whole pixels that the host script applies, select and state on a click', async ({
    page,
  }) => {
    await recordHost(page)
    await openHost(page, 'article.html')
    const ready = await waitForMessage(page, 'ready', 'article-1')
    expect(ready.data).toMatchObject({ protocol: 'quoteline', v: 1, embedId: 'article-1' })
    expect(ready.data.payload).toMatchObject({
      status: 'ready',
      title: 'Trump and Putin in Alaska',
      eventCount: 12,
    })
    expect(Number.isInteger(ready.data.payload.height)).toBe(true)
    // embed.js sizes the frame to the last height reported.
    await expect
      .poll(async () => {
        const all = await messages(page)
        const last = all.filter((m) => ['ready', 'resize'].includes(m.data.type)).at(-1)
        const style = await page
          .locator('#timeline')
          .evaluate((el) => (el as HTMLElement).style.height)
        return style === `${String(last?.data.payload.height)}px`
      })
      .toBe(true)

    const frame = embedFrame(page)
    await markIn(frame, 'putin-lands').click()
    const select = await waitForMessage(page, 'select', 'article-1')
    expect(select.data.payload).toEqual({
      eventId: 'putin-lands',
      quoteId: null,
      index: expect.any(Number),
      total: 12,
      cause: 'click',
    })
    await expect
      .poll(async () => (await messages(page, 'state')).map((m) => m.data.payload.hash))
      .toContain('#event=putin-lands')
    expect(await messages(page, 'ready')).toHaveLength(1)
    for (const m of await messages(page, 'resize')) {
      expect(Number.isInteger(m.data.payload.height)).toBe(true)
    }
  })

  test('a frame whose height the host applies settles: no resize loop', async ({ page }) => {
    await recordHost(page)
    await openHost(page, 'article.html')
    await waitForMessage(page, 'ready')
    const iframe = page.locator('#timeline')
    // Two round trips through the embed: any loop would keep posting between them.
    const roundTrip = async () => {
      const asked = (await messages(page, 'resize')).length
      await page.evaluate(() => {
        const f = document.getElementById('timeline') as HTMLIFrameElement
        window.Quoteline?.requestResize(f)
      })
      await expect.poll(async () => (await messages(page, 'resize')).length).toBeGreaterThan(asked)
      return (await messages(page, 'resize')).length
    }
    await roundTrip()
    const heightBefore = await iframe.evaluate((el) => (el as HTMLElement).style.height)
    const afterFirst = await roundTrip()
    const afterSecond = await roundTrip()
    expect(afterSecond - afterFirst).toBe(1)
    expect(await iframe.evaluate((el) => (el as HTMLElement).style.height)).toBe(heightBefore)
  })

  for (const { sandbox, says } of [
    { sandbox: 'allow-scripts allow-same-origin', says: /answered 404/ },
    // A sandboxed frame's origin is opaque: a data server without CORS headers cannot be read.
    { sandbox: 'allow-scripts', says: /CORS/ },
  ]) {
    test(`a failed load (sandbox="${sandbox}") says ready with status error, then the error`, async ({
      page,
    }) => {
      const { errors } = await recordHost(page)
      await page.goto(`${HOST}article.html`)
      const src = encodeURIComponent(new URL('/fixtures/missing.json', APP).href)
      const frame = await addEmbed(page, `${APP}embed.html?embedId=broken&src=${src}`, { sandbox })
      await expect(frame.getByRole('alert')).toContainText(says)
      const ready = await waitForMessage(page, 'ready', 'broken')
      expect(ready.data.payload).toMatchObject({ status: 'error', eventCount: 0 })
      const error = await waitForMessage(page, 'error', 'broken')
      expect(error.data.payload).toMatchObject({ code: 'load-failed' })
      expect(String(error.data.payload.message)).toMatch(says)
      // The failed request itself is the only error the browser logs.
      expect(errors.filter((e) => !/missing\.json|CORS|404/.test(e))).toEqual([])
    })
  }

  test('a document from ?src= opens in the embed page, whose code loaded on demand is inline', async ({
    page,
  }) => {
    const { errors } = await recordHost(page)
    await page.goto(`${HOST}article.html`)
    const src = encodeURIComponent(new URL('/fixtures/small.json', APP).href)
    // Same-origin frame: the fixture server sends no CORS headers.
    const frame = await addEmbed(page, `${APP}embed.html?embedId=small&src=${src}`, {
      sandbox: 'allow-scripts allow-same-origin',
    })
    await expect(frame.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Example fixture timeline')
    const ready = await waitForMessage(page, 'ready', 'small')
    expect(ready.data.payload).toMatchObject({ status: 'ready', title: 'Example fixture timeline' })
    expect(errors).toEqual([])
  })

  test('parentOrigin limits the messages to that origin', async ({ page }) => {
    await recordHost(page)
    await page.goto(`${HOST}article.html`)
    const origin = encodeURIComponent(HOST.slice(0, -1))
    await addEmbed(page, `${APP}embed.html?embedId=right&parentOrigin=${origin}`, { id: 'right' })
    await addEmbed(
      page,
      `${APP}embed.html?embedId=wrong&parentOrigin=https%3A%2F%2Fother.example`,
      {
        id: 'wrong',
      },
    )
    await expect(page.frameLocator('#wrong').locator('html')).toHaveAttribute(
      'data-timeline-ready',
      'true',
    )
    await waitForMessage(page, 'ready', 'right')
    expect(await messages(page, undefined, 'wrong')).toEqual([])
  })
})

test.describe('commands from the host page', () => {
  test('select, getState and requestResize are answered; malformed messages are ignored', async ({
    page,
  }) => {
    const { errors } = await recordHost(page)
    await openHost(page, 'article.html')
    await waitForMessage(page, 'ready', 'article-1')
    const frame = embedFrame(page)
    const state = await page.evaluate(async () => {
      const f = document.getElementById('timeline') as HTMLIFrameElement
      const q = window.Quoteline
      if (!q) throw new Error('embed.js did not load')
      q.select(f, 'meeting-3on3')
      return q.getState(f)
    })
    expect(state).toMatchObject({ hash: '#event=meeting-3on3', eventId: 'meeting-3on3' })
    await expect(selectedIn(frame)).toHaveAttribute('data-event-id', 'meeting-3on3')
    const select = (await messages(page, 'select', 'article-1')).at(-1)
    expect(select?.data.payload).toMatchObject({ eventId: 'meeting-3on3', cause: 'host' })

    // Junk, other protocols and oversized commands change nothing and raise nothing.
    await page.evaluate(() => {
      const w = (document.getElementById('timeline') as HTMLIFrameElement).contentWindow
      const base = { protocol: 'quoteline', v: 1, type: 'select' }
      for (const junk of [
        null,
        'select',
        { ...base, payload: { id: 'trump-lands' }, v: 99 },
        { ...base, payload: { id: 'trump-lands' }, embedId: 'someone-else' },
        { ...base, payload: { id: 'trump-lands', pad: 'x'.repeat(10_000) } },
        { ...base, type: 'load', payload: { src: 'https://evil.example/x.json' } },
        { ...base, payload: { id: { toString: null } } },
      ]) {
        w?.postMessage(junk, '*')
      }
    })
    await page.evaluate(() =>
      window.Quoteline?.getState(document.getElementById('timeline') as HTMLIFrameElement),
    )
    await expect(selectedIn(frame)).toHaveAttribute('data-event-id', 'meeting-3on3')
    const unknown = await page.evaluate(async () => {
      const f = document.getElementById('timeline') as HTMLIFrameElement
      window.Quoteline?.select(f, 'no-such-event')
      return new Promise((resolve) =>
        f.addEventListener('quoteline:error', (e) => resolve((e as CustomEvent).detail), {
          once: true,
        }),
      )
    })
    expect(unknown).toMatchObject({ code: 'unknown-id' })
    expect(errors).toEqual([])
  })

  test('two embeds on one page stay independent', async ({ page }) => {
    await recordHost(page)
    await openHost(page, 'two-embeds.html')
    const [first, second] = [embedFrame(page, 0), embedFrame(page, 1)]
    await expect(selectedIn(first)).toHaveAttribute('data-event-id', 'trump-lands')
    await expect(selectedIn(second)).toHaveAttribute('data-event-id', 'putin-lands')
    await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark')
    await markIn(second, 'closing-exchange').click()
    await expect(selectedIn(second)).toHaveAttribute('data-event-id', 'closing-exchange')
    await expect(selectedIn(first)).toHaveAttribute('data-event-id', 'trump-lands')
    // The button is far above, off screen. Under load, Chromium can route a click to the frame
    // under the pointer before the scroll that brings the button there has been drawn (the
    // second embed, here): scroll first and let frames pass before clicking.
    await page.locator('#jump-first').scrollIntoViewIfNeeded()
    await settledBox(page.locator('#jump-first'))
    await page.locator('#jump-first').click()
    await expect(selectedIn(first)).toHaveAttribute('data-event-id', 'press-availability')
    await expect(selectedIn(second)).toHaveAttribute('data-event-id', 'closing-exchange')
    const heights = await page
      .locator('iframe')
      .evaluateAll((els) => els.map((el) => (el as HTMLElement).style.height))
    for (const h of heights) expect(h).toMatch(/^\d+px$/)
    const ids = (await messages(page, 'ready')).map((m) => m.data.embedId).sort()
    expect(ids).toEqual(['first', 'second'])
  })
})
