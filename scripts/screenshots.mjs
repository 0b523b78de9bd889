#!/usr/bin/env node
/* global document, requestAnimationFrame */
// Screenshots of the production build for the docs, taken in Debian's Chromium with the same
// flags as the browser tests (playwright.config.ts). Uses a running scripts/serve-dist.mjs when
// there is one, and starts it in-process otherwise (dist/ must exist: run `vite build` first).
//
// Usage: node scripts/screenshots.mjs [--url http://127.0.0.1:4317/news/timeline/]
//                                     [--out docs/screenshots]
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
  { file: 'phone-selected.png', context: phone, hash: '#event=press-availability' },
  { file: 'desktop-dark.png', context: { ...desktop, colorScheme: 'dark' }, hash: '' },
  // The embed page as an article shows it (docs/embedding.md).
  { file: 'embed-phone.png', context: phone, path: 'embed.html', hash: '#event=closing-exchange' },
]

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
    for (const shot of SHOTS) {
      // Reduced motion makes the deep-linked move a jump, so the picture never catches a transition.
      const context = await browser.newContext({ ...shot.context, reducedMotion: 'reduce' })
      const page = await context.newPage()
      await page.goto(`${BASE}${shot.path ?? ''}${shot.hash}`)
      await page.locator('html[data-timeline-ready="true"]').waitFor({ state: 'attached' })
      if (shot.hash) {
        const id = shot.hash.replace('#event=', '')
        await page.locator(`[data-event-id="${id}"][data-selected="true"]`).waitFor()
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
