#!/usr/bin/env node
// npm run bench: builds the app, serves seeded documents of 1,000, 10,000 and 100,000 events on
// loopback, drives Debian's Chromium through Playwright, and writes bench/results.json and
// bench/results.md. See bench/README.md.
//
// Options: --sizes 1000,10000,100000  --runs 3  --out bench  --dist dist-bench  --port 0
//          --no-build (reuse --dist)  --seed 1
//          --smoke: 200 events, 1 run, written to a temporary folder; checks that every figure was
//          measured (never what it is). `npm run bench:smoke` runs it inside `npm test`.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, platform, release, tmpdir, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { generateDocument } from './bench-data.mjs'
import { measureRun } from './bench-page.mjs'
import { measureStudioTyping } from './bench-studio.mjs'
import { markdown, summariseSizes } from './bench-report.mjs'
import { measureBundle } from './bundle-size.mjs'
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs'
import { startServer } from './serve-dist.mjs'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))

function options(argv) {
  const get = (name, fallback) => {
    const i = argv.indexOf(`--${name}`)
    return i >= 0 && i + 1 < argv.length ? argv[i + 1] : fallback
  }
  const smoke = argv.includes('--smoke')
  return {
    smoke,
    sizes: get('sizes', smoke ? '200' : '1000,10000,100000')
      .split(',')
      .map(Number),
    runs: Number(get('runs', smoke ? '1' : '3')),
    out: resolve(
      ROOT,
      get('out', smoke ? mkdtempSync(resolve(tmpdir(), 'quoteline-smoke-')) : 'bench'),
    ),
    dist: resolve(ROOT, get('dist', smoke ? 'dist-bench-smoke' : 'dist-bench')),
    port: Number(get('port', '0')),
    seed: Number(get('seed', '1')),
    build: !argv.includes('--no-build'),
  }
}

function build(dist) {
  // The reader's page, then the studio beside it (its own build, as in npm run build:bundles).
  for (const args of [['--emptyOutDir'], ['--mode', 'studio']]) {
    const run = spawnSync('npx', ['vite', 'build', '--outDir', dist, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    if (run.status !== 0) throw new Error('vite build failed')
  }
}

/** The draft the studio is measured on: 10,000 events, or the smoke run's size. */
const studioSize = (opt) => (opt.smoke ? opt.sizes[0] : 10_000)

async function main() {
  const opt = options(process.argv.slice(2))
  if (opt.build) build(opt.dist)
  const fixtures = mkdtempSync(resolve(tmpdir(), 'quoteline-bench-'))
  const quotedBySize = {}
  for (const size of new Set([...opt.sizes, studioSize(opt)])) {
    const doc = generateDocument({ events: size, seed: opt.seed })
    writeFileSync(resolve(fixtures, `events-${size}.json`), JSON.stringify(doc))
    quotedBySize[size] = new Set(doc.events.filter((e) => e.quotes).map((e) => e.id))
  }
  const { server, url } = await startServer({
    port: opt.port,
    dir: opt.dist,
    fixtures,
    base: '/bench/',
  })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  const runsBySize = Object.fromEntries(opt.sizes.map((s) => [s, []]))
  const studioRuns = []
  try {
    // Interleaved (every size once per round), so a busy spell on the machine hits all sizes.
    for (let run = 0; run < opt.runs; run++) {
      for (const size of opt.sizes) {
        const page = `${url}?src=${encodeURIComponent(`/fixtures/events-${size}.json`)}`
        const result = await measureRun(browser, page, quotedBySize[size])
        runsBySize[size].push(result)
        console.log(`bench: ${size} events, run ${run + 1}/${opt.runs}: ${JSON.stringify(result)}`)
      }
      const typing = await measureStudioTyping(
        browser,
        `${url}studio.html`,
        resolve(fixtures, `events-${studioSize(opt)}.json`),
      )
      studioRuns.push(typing)
      console.log(
        `bench: studio, ${studioSize(opt)} events, run ${run + 1}: ${JSON.stringify(typing)}`,
      )
    }
  } finally {
    await browser.close()
    server.close()
    server.closeAllConnections()
    rmSync(fixtures, { recursive: true, force: true })
  }
  const results = {
    date: new Date().toISOString().slice(0, 10),
    runs: opt.runs,
    seed: opt.seed,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
      memoryGB: Math.round(totalmem() / 2 ** 30),
      os: `${platform()} ${release()}`,
      browser: `Chromium ${browser.version()}`,
      node: process.versions.node,
    },
    bundle: measureBundle(opt.dist),
    summary: summariseSizes(runsBySize),
    runsBySize,
    studio: { events: studioSize(opt), runs: studioRuns },
  }
  mkdirSync(opt.out, { recursive: true })
  writeFileSync(resolve(opt.out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  const table = markdown(results)
  writeFileSync(resolve(opt.out, 'results.md'), table)
  console.log(`\n${table}`)
  if (opt.smoke) checkSmoke(results, opt.out)
}

/** The smoke run checks that every figure was measured and the page did its job, not its speed. */
function checkSmoke(results, out) {
  const missing = []
  for (const [size, runs] of Object.entries(results.runsBySize)) {
    for (const run of runs) {
      for (const [key, value] of Object.entries(run)) {
        if (typeof value !== 'number' || !Number.isFinite(value)) missing.push(`${size}: ${key}`)
      }
      if (run.marksInDom < 1) missing.push(`${size}: no marks drawn`)
      if (run.frames < 10) missing.push(`${size}: too few frames recorded`)
    }
  }
  if (results.bundle.initial.js.gzip <= 0) missing.push('bundle: no JS found before ready')
  for (const run of results.studio.runs) {
    if (run.typedValueKept !== 1) missing.push('studio: the typed title was not kept')
    if (!Number.isFinite(run.keystrokeMaxMs)) missing.push('studio: no keystroke measured')
  }
  if (missing.length > 0) {
    console.error(`bench: smoke run incomplete: ${missing.join(', ')}`)
    process.exit(1)
  }
  rmSync(out, { recursive: true, force: true })
  console.log(
    'bench: smoke run complete (figures above are not checked: speed is for npm run bench)',
  )
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`)
  process.exit(1)
})
