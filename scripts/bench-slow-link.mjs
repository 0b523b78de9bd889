#!/usr/bin/env node
// A 200,000-event document (about 60 MB) over a throttled link, with ?src=: does it arrive (the
// loader's limit is on silence, not on size) and how long until it is drawn? Not part of CI; run
// by hand after `npm run build:bundles`:  node scripts/bench-slow-link.mjs [--mbps 1]
// Prints the bytes, the link speed, and the seconds to the first progress, to "Reading N events…"
// and to data-timeline-ready (or the failure's message).
/* global document -- the polled page is a browser page */
import { createServer } from 'node:http'
import { chromium } from '@playwright/test'
import { generateDocument } from './bench-data.mjs'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs'
import { startServer } from './serve-dist.mjs'

const mbpsArg = process.argv.indexOf('--mbps')
const MBPS = mbpsArg >= 0 ? Number(process.argv[mbpsArg + 1]) : 1
const body = Buffer.from(JSON.stringify(generateDocument({ events: 200_000, seed: 7 })))
const CHUNK = 64 * 1024
const everyMs = (CHUNK / (MBPS * 1024 * 1024)) * 1000

// The document, sent CHUNK bytes at a time at MBPS, with CORS (its own origin, as a newsroom's).
const data = createServer((req, res) => {
  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Content-Length': body.length,
    'Access-Control-Allow-Origin': '*',
  })
  let at = 0
  const next = () => {
    if (res.destroyed) return
    res.write(body.subarray(at, at + CHUNK))
    at += CHUNK
    if (at >= body.length) res.end()
    else setTimeout(next, everyMs)
  }
  next()
})
await new Promise((r) => data.listen(0, '127.0.0.1', r))
const dataUrl = `http://127.0.0.1:${data.address().port}/big.json`
const app = await startServer({ port: 0 })

const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
const page = await browser.newPage()
const started = Date.now()
const at = () => ((Date.now() - started) / 1000).toFixed(1)
let firstProgress = null
let reading = null
page.on('console', () => {})
await page.goto(`${app.url}?src=${encodeURIComponent(dataUrl)}`)
const outcome = await new Promise((resolve) => {
  const poll = setInterval(async () => {
    const state = await page
      .evaluate(() => ({
        ready: document.documentElement.dataset.timelineReady === 'true',
        error: document.querySelector('[role="alert"]')?.textContent ?? null,
        bar: document.querySelector('progress')?.getAttribute('aria-valuetext') ?? null,
        status: document.querySelector('[role="status"]')?.textContent ?? '',
      }))
      .catch(() => null)
    if (!state) return
    if (state.bar && firstProgress === null) firstProgress = at()
    if (/^Reading/.test(state.status) && reading === null) reading = at()
    if (state.ready || state.error) {
      clearInterval(poll)
      resolve(state.ready ? 'drawn' : `failed: ${state.error}`)
    }
  }, 250)
})
console.log(
  `bench-slow-link: ${(body.length / 1024 / 1024).toFixed(1)} MB at ${MBPS} MiB/s: ` +
    `first progress ${firstProgress ?? '-'} s, "Reading…" ${reading ?? '-'} s, ${outcome} at ${at()} s`,
)
await browser.close()
app.server.closeAllConnections()
app.server.close()
data.closeAllConnections()
data.close()
