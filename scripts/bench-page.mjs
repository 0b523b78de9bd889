/* global window, document, requestAnimationFrame, MutationObserver, getComputedStyle, innerHeight */
// One benchmark run on one document: load, heap, a scripted zoom/pan sequence, click-to-quotes.
// Every wait is on page state (attributes, elements, animation frames), never a fixed sleep.

/** Installed before the app's scripts: records when the timeline is ready and every frame. */
export function instrument() {
  const w = window
  w.__bench = { readyMs: null, frames: [], longTasks: [], recording: false }
  const b = w.__bench
  const onMutation = () => {
    if (b.readyMs !== null) return
    if (document.documentElement.dataset.timelineReady !== 'true') return
    if (!document.querySelector('[data-event-id][data-event-kind]')) return
    // Ready and drawn: the next frame is the first one that shows the marks.
    b.readyMs = -1
    requestAnimationFrame(() => (b.readyMs = performance.now()))
  }
  new MutationObserver(onMutation).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-timeline-ready'],
  })
  const loop = (t) => {
    if (b.recording) b.frames.push(t)
    requestAnimationFrame(loop)
  }
  requestAnimationFrame(loop)
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (b.recording) b.longTasks.push(e.duration)
    }).observe({ type: 'longtask' })
  } catch {
    // Long tasks are a Chromium feature; without them the count stays empty.
  }
}

const frames = (page, n) =>
  page.evaluate(
    (count) =>
      new Promise((resolve) => {
        let left = count
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
    n,
  )

const percentile = (sorted, p) =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]

/**
 * The scripted gesture: 20 wheel zoom-ins, a 20-step drag pan, 20 wheel zoom-outs. The timeline
 * zooms on Ctrl + wheel only (a plain wheel scrolls the page), and d3-zoom counts Ctrl + wheel
 * ten times: a tenth of the delta makes the same steps as before, so the figures stay comparable.
 */
async function gesture(page, surface) {
  const x = surface.x + surface.width * 0.5
  const y = surface.y + 10
  const zoomSteps = async (delta) => {
    await page.keyboard.down('Control')
    for (let i = 0; i < 20; i++) {
      await page.mouse.wheel(0, delta)
      await frames(page, 1)
    }
    await page.keyboard.up('Control')
  }
  await page.mouse.move(x, y)
  await zoomSteps(-15)
  await page.mouse.down()
  await page.mouse.move(x - surface.width * 0.3, y, { steps: 20 })
  await page.mouse.up()
  await zoomSteps(15)
}

/**
 * Waits until the mounted marks have stayed the same for 20 frames (a third of a second): a wheel
 * gesture ends 150 ms after its last event, and the view it then commits may mount other marks.
 */
const settledMarks = (page) =>
  page.evaluate(
    () =>
      new Promise((resolve) => {
        const ids = () =>
          [...document.querySelectorAll('[data-event-id][data-event-kind]')]
            .map((el) => el.dataset.eventId)
            .join()
        let last = ids()
        let same = 0
        const tick = () => {
          const now = ids()
          same = now === last ? same + 1 : 0
          last = now
          if (same >= 20) resolve()
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
  )

/** A mark of an event with quotes lying inside the surface, nearest its centre. */
async function clickTarget(page, quoted) {
  const boxes = await page.evaluate(() => {
    const surface = document.querySelector('[data-timeline-surface]').getBoundingClientRect()
    return [...document.querySelectorAll('[data-timeline-surface] [role="tab"][data-event-id]')]
      .map((el) => ({ id: el.dataset.eventId, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.left >= surface.left && r.left + 20 <= surface.right)
      .map(({ id, r }) => ({
        id,
        x: r.left + 8,
        y: r.top + r.height / 2,
        d: r.left - surface.left - surface.width / 2,
      }))
  })
  boxes.sort((a, b) => Math.abs(a.d) - Math.abs(b.d))
  return boxes.find((b) => quoted.has(b.id)) ?? null
}

/** From a click on the mark to the first frame in which one of its cards shows in its list. */
async function clickToQuotes(page, target) {
  await page.evaluate((id) => {
    const b = window.__bench
    b.click = { id, t0: null, shown: null }
    document.addEventListener('click', (e) => (b.click.t0 ??= e.timeStamp), {
      capture: true,
      once: true,
    })
    const check = () => {
      const card = document.querySelector(`figure[data-quote-id][data-event-id="${id}"]`)
      if (card && b.click.t0 !== null) {
        const r = card.getBoundingClientRect()
        let box = card.parentElement
        while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY))
          box = box.parentElement
        const v = box ? box.getBoundingClientRect() : { top: 0, bottom: innerHeight }
        if (r.height > 0 && r.bottom > v.top && r.top < v.bottom)
          return (b.click.shown = performance.now())
      }
      requestAnimationFrame(check)
    }
    requestAnimationFrame(check)
  }, target.id)
  // Through the element, so Playwright waits until the mark is still and hit-testable: a click at
  // coordinates read before the view settled could land beside it and never select anything.
  await page.locator(`[data-event-id="${target.id}"][data-event-kind]`).first().click()
  try {
    await page.waitForFunction(() => window.__bench.click.shown !== null, null, { timeout: 15_000 })
  } catch {
    return null // Reported as missing, not as a number: the cards never showed.
  }
  return page.evaluate(() => window.__bench.click.shown - window.__bench.click.t0)
}

/** The browser context of every load: 1280 × 900, reduced motion, nothing kept from before. */
export const freshContext = (browser) =>
  browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' })

/** Loads `url` in `page` (with `instrument` installed): ms to the first frame once ready. */
export async function loadUntilReady(page, url) {
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 })
  await page.waitForFunction(() => window.__bench.readyMs > 0, null, {
    timeout: 120_000,
    polling: 50,
  })
  return page.evaluate(() => window.__bench.readyMs)
}

/** Loads `url` in a fresh context and measures it. `quoted` holds the ids of events with quotes. */
export async function measureRun(browser, url, quoted) {
  const context = await freshContext(browser)
  try {
    const page = await context.newPage()
    await page.addInitScript(instrument)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    const readyMs = await loadUntilReady(page, url)
    await frames(page, 10)
    await cdp.send('HeapProfiler.collectGarbage')
    const metrics = (await cdp.send('Performance.getMetrics')).metrics
    const heapMB = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20
    const marksInDom = await page.locator('[data-event-id][data-event-kind]').count()

    const surface = await page.locator('[data-timeline-surface]').boundingBox()
    await page.evaluate(() => (window.__bench.recording = true))
    await gesture(page, surface)
    await frames(page, 5)
    const { frameTimes, longTasks } = await page.evaluate(() => {
      const b = window.__bench
      b.recording = false
      return {
        frameTimes: b.frames.slice(1).map((t, i) => t - b.frames[i]),
        longTasks: b.longTasks,
      }
    })
    const sorted = [...frameTimes].sort((a, b) => a - b)

    await settledMarks(page)
    const target = await clickTarget(page, quoted)
    const clickMs = target ? await clickToQuotes(page, target) : null
    return {
      readyMs,
      heapMB,
      marksInDom,
      frameP50Ms: percentile(sorted, 0.5),
      frameP95Ms: percentile(sorted, 0.95),
      frameMaxMs: sorted[sorted.length - 1] ?? 0,
      frames: frameTimes.length,
      longTasks: longTasks.length,
      longTaskMs: longTasks.reduce((a, b) => a + b, 0),
      clickToQuotesMs: clickMs,
    }
  } finally {
    await context.close()
  }
}
