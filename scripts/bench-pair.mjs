#!/usr/bin/env node
// npm run bench:pair -- --base <dist> --head <dist> [--size 10000] [--pairs 40] [--seed 1]
// Ready, compared in pairs: two builds (say, the page before and after a change) load the same
// seeded `?src=` document alternately in one browser, the order swapped every pair, so a busy spell
// on the machine falls on both. Prints each median and the paired difference (head - base): its
// median, its mean with the standard error, and in how many pairs head was faster. A difference
// within about two standard errors is no difference. Build a commit's page with
// `git worktree add ../base <commit> && cd ../base && npm ci && npx vite build --outDir <dist>`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { generateDocument } from './bench-data.mjs'
import { freshContext, instrument, loadUntilReady } from './bench-page.mjs'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs'
import { startServer } from './serve-dist.mjs'

const argv = process.argv.slice(2)
const get = (name, fallback) => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback
}
const base = get('base')
const head = get('head', 'dist')
if (!base) {
  console.error('bench:pair: --base <dist folder> is required (and --head, dist by default)')
  process.exit(2)
}
const size = Number(get('size', '10000'))
const pairs = Number(get('pairs', '40'))

const fixtures = mkdtempSync(resolve(tmpdir(), 'quoteline-pair-'))
const doc = `events-${size}.json`
writeFileSync(
  resolve(fixtures, doc),
  JSON.stringify(generateDocument({ events: size, seed: Number(get('seed', '1')) })),
)
const servers = await Promise.all(
  [base, head].map((dir) => startServer({ port: 0, dir: resolve(dir), fixtures, base: '/bench/' })),
)
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })

/** One load in a fresh context, as `npm run bench` measures it: ms to the first frame when ready. */
async function ready(url) {
  const context = await freshContext(browser)
  try {
    const page = await context.newPage()
    await page.addInitScript(instrument)
    return await loadUntilReady(page, `${url}?src=${encodeURIComponent(`/fixtures/${doc}`)}`)
  } finally {
    await context.close()
  }
}

const median = (values) => {
  const s = [...values].sort((a, b) => a - b)
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2
}
try {
  const [baseUrl, headUrl] = servers.map((s) => s.url)
  await ready(baseUrl) // one of each first: the browser's own first-load costs are not counted
  await ready(headUrl)
  const times = { base: [], head: [] }
  for (let i = 0; i < pairs; i++) {
    const order = i % 2 ? ['head', 'base'] : ['base', 'head']
    for (const which of order) times[which].push(await ready(which === 'base' ? baseUrl : headUrl))
  }
  const d = times.head.map((t, i) => t - times.base[i])
  const mean = d.reduce((s, v) => s + v, 0) / d.length
  const se = Math.sqrt(d.reduce((s, v) => s + (v - mean) ** 2, 0) / (d.length - 1) / d.length)
  const ms = (v) => `${Math.round(v)} ms`
  console.log(
    `bench:pair: ${size.toLocaleString('en-US')} events, ${pairs} pairs. Ready, median: base ${ms(median(times.base))}, head ${ms(median(times.head))}. ` +
      `Head - base: median ${ms(median(d))}, mean ${ms(mean)} ± ${ms(se)}; head faster in ${d.filter((v) => v < 0).length} of ${pairs}.`,
  )
} finally {
  await browser.close()
  for (const s of servers) s.server.close()
  rmSync(fixtures, { recursive: true, force: true })
}
