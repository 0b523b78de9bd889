#!/usr/bin/env node
/* global document, requestAnimationFrame, window */
// Screenshots of the production build for the docs, taken in Debian's Chromium with the same
// flags as the browser tests (playwright.config.ts). Uses a running scripts/serve-dist.mjs when
// there is one, and starts it in-process otherwise (dist/ must exist: run `vite build` first).
//
// Usage: node scripts/screenshots.mjs [--url http://127.0.0.1:4317/news/timeline/]
//                                     [--out docs/screenshots] [--studio-only]
import { chromium } from '@playwright/test'
import { existsSync, mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs'
import { startServer } from './serve-dist.mjs'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))

/** The value after `--name` on the command line, or the fallback. */
function arg(name, fallback) {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1] : fallback
}
const BASE = arg('url', 'http://127.0.0.1:4317/news/timeline/')
const OUT = resolve(arg('out', resolve(ROOT, 'docs/screenshots')))

const desktop = { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 }
const phone = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 1,
  isMobile: true,
  hasTouch: true,
}

const SHOTS = [
  { file: 'desktop.png', context: desktop, hash: '' },
  { file: 'desktop-selected.png', context: desktop, hash: '#event=press-availability' },
  { file: 'phone.png', context: phone, hash: '' },
  // As a reader gets there: a tap on the event, which brings up its sheet of quotes.
  { file: 'phone-selected.png', context: phone, hash: '', tap: 'press-availability' },
  { file: 'desktop-dark.png', context: { ...desktop, colorScheme: 'dark' }, hash: '' },
  // The embed page as an article shows it (docs/embedding.md).
  { file: 'embed-phone.png', context: phone, path: 'embed.html', hash: '#event=closing-exchange' },
]

/** The studio as docs/make-a-timeline.md shows it, on the invented council of the tests. */
const COUNCIL = resolve(ROOT, 'tests/fixtures/council/council.json')
const STUDIO_SHOTS = [
  { file: 'studio-start.png', context: desktop, step: 'start' },
  { file: 'studio-edit.png', context: desktop, step: 'edit' },
  { file: 'studio-publish.png', context: desktop, step: 'publish' },
  { file: 'studio-phone.png', context: phone, step: 'edit' },
]

async function studioShot(browser, shot) {
  const context = await browser.newContext({ ...shot.context, reducedMotion: 'reduce' })
  const page = await context.newPage()
  await page.goto(`${BASE}studio.html`)
  await page.getByRole('heading', { name: 'Start a timeline' }).waitFor()
  if (shot.step !== 'start') {
    await page.locator('input[type="file"]').setInputFiles(COUNCIL)
    const mark = page.locator('[data-event-id="public-comment"]').first()
    await mark.waitFor()
    await mark.click()
    await page
      .getByRole('textbox', { name: /^Title/ })
      .first()
      .waitFor()
  }
  if (shot.step === 'publish') {
    await page.getByRole('button', { name: 'Publish' }).click()
    await page.getByRole('button', { name: 'Download the JSON' }).waitFor()
  }
  await page.evaluate(() => document.fonts.ready)
  await page.evaluate(() => window.scrollTo(0, 0))
  const path = resolve(OUT, shot.file)
  await page.screenshot({ path })
  console.log(`screenshots: wrote ${path}`)
  await context.close()
}

async function isServing(url) {
  try {
    const response = await fetch(url)
    return response.ok
  } catch {
    return false
  }
}

async function ensureServer() {
  if (await isServing(BASE)) return null
  if (!existsSync(resolve(ROOT, 'dist/index.html'))) {
    throw new Error('dist/index.html does not exist. Run `npx vite build` first.')
  }
  const base = new URL(BASE)
  const { server, url } = await startServer({
    port: Number(base.port || 80),
    host: base.hostname,
    base: base.pathname,
  })
  console.log(`screenshots: started serve-dist at ${url}`)
  return server
}

async function main() {
  const server = await ensureServer()
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  try {
    mkdirSync(OUT, { recursive: true })
    for (const shot of process.argv.includes('--studio-only') ? [] : SHOTS) {
      // Reduced motion makes the deep-linked move a jump, so the picture never catches a transition.
      const context = await browser.newContext({ ...shot.context, reducedMotion: 'reduce' })
      const page = await context.newPage()
      await page.goto(`${BASE}${shot.path ?? ''}${shot.hash}`)
      await page.locator('html[data-timeline-ready="true"]').waitFor({ state: 'attached' })
      if (shot.tap) {
        await page.locator(`.mark[data-event-id="${shot.tap}"]`).first().tap()
        await page.locator('.reading-panel.is-sheet').waitFor()
        // The sheet's bar (its arrows and Close) loads with the first sheet and then keeps the
        // tapped mark in view above it.
        await page.locator('.sheet-bar').getByRole('button', { name: 'Close' }).waitFor()
      }
      const selected = shot.tap ?? shot.hash.replace('#event=', '')
      if (selected) {
        await page.locator(`[data-event-id="${selected}"][data-selected="true"]`).waitFor()
      }
      await page.evaluate(() => document.fonts.ready)
      // Two frames so that the zoom frame has written the marks' positions.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      )
      const path = resolve(OUT, shot.file)
      await page.screenshot({ path })
      console.log(`screenshots: wrote ${path}`)
      await context.close()
    }
    for (const shot of STUDIO_SHOTS) await studioShot(browser, shot)
  } finally {
    await browser.close()
    if (server) {
      server.close()
      server.closeAllConnections()
    }
  }
}

main().catch((error) => {
  console.error(`screenshots: ${error.message}`)
  process.exit(1)
})
