/* global window */
// The studio's part of `npm run bench`: how long one keystroke takes in a large draft. Opens
// studio.html, opens the benchmark document as a file (the way a producer would), opens its
// first event in the form, types into the title, and reads the Event Timing entries of the
// keystrokes: each one's duration runs from the key to the next frame painted after its work.

const TYPED = ' (revised)'

/** Keystroke durations in ms (keydown to the next paint), one per key typed, and long tasks. */
export async function measureStudioTyping(browser, studioUrl, documentPath) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
  const page = await context.newPage()
  try {
    await page.goto(studioUrl)
    await page.locator('input[type="file"]').setInputFiles(documentPath)
    // The preview has drawn the draft, and the form has the first event open.
    await page.locator('[id^="mark-"]').first().waitFor({ timeout: 120_000 })
    await page.locator('[id^="mark-"]').first().click()
    const title = page.getByRole('textbox', { name: /^Title/ }).first()
    await title.click()
    await page.keyboard.press('End')
    await page.evaluate(() => {
      const w = /** @type {any} */ (window)
      w.__keys = new Map()
      w.__longTasks = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          // One keystroke: its keydown, keypress, input and keyup share an interaction id.
          const id = /** @type {any} */ (e).interactionId
          if (!id) continue
          w.__keys.set(id, Math.max(w.__keys.get(id) ?? 0, e.duration))
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: false })
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration)
      }).observe({ type: 'longtask', buffered: false })
    })
    await page.keyboard.type(TYPED, { delay: 120 })
    // The preview and the whole-document check follow after the pause: let them run.
    await page.waitForTimeout(3000)
    const { keys, longTasks } = await page.evaluate(() => {
      const w = /** @type {any} */ (window)
      return { keys: [...w.__keys.values()], longTasks: w.__longTasks }
    })
    // Keystrokes faster than 16 ms are not reported: they count as 16.
    const durations = [...keys, ...Array(Math.max(0, TYPED.length - keys.length)).fill(16)]
    durations.sort((a, b) => a - b)
    const p95 = durations[Math.min(durations.length - 1, Math.ceil(durations.length * 0.95) - 1)]
    return {
      keystrokeP95Ms: p95,
      keystrokeMaxMs: durations[durations.length - 1],
      typedValueKept: (await title.inputValue()).endsWith(TYPED) ? 1 : 0,
      longTasksAfterTyping: longTasks.length,
      longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    }
  } finally {
    await context.close()
  }
}
