#!/usr/bin/env node
// npm run size: fails when what dist/index.html loads before the timeline is ready (entry
// script, its static imports, its CSS; the bundled summit included) passes the budget in
// bench/size-budget.json. Chunks loaded on demand are listed but not counted.
// The budget is a ratchet, so nothing creeps in: lower it when the size comes down; never raise
// it. (An optional `targetGzipKB` prints the gap to a target; the 120 KB one is retired.)
// Usage: node scripts/size-budget.mjs [--dir dist]
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { measureBundle } from './bundle-size.mjs'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const argv = process.argv.slice(2)
const dirArg = argv.indexOf('--dir')
const dist = resolve(ROOT, dirArg >= 0 ? argv[dirArg + 1] : 'dist')
const budget = JSON.parse(readFileSync(resolve(ROOT, 'bench/size-budget.json'), 'utf8'))
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

const size = measureBundle(dist)
const total = size.initial.total.gzip
console.log(
  `size: before ready ${kb(total)} gzipped (JS ${kb(size.initial.js.gzip)}, CSS ${kb(size.initial.css.gzip)}); ` +
    `budget ${budget.initialGzipKB} KB. On demand: JS ${kb(size.onDemand.js.gzip)}, CSS ${kb(size.onDemand.css.gzip)}.`,
)
if (budget.targetGzipKB && total > budget.targetGzipKB * 1024) {
  console.log(
    `size: ${kb(total - budget.targetGzipKB * 1024)} still to cut to reach the ${budget.targetGzipKB} KB target.`,
  )
}
if (total > budget.initialGzipKB * 1024) {
  console.error(
    `size: ${kb(total - budget.initialGzipKB * 1024)} over budget. Load extras on demand (import()) ` +
      'rather than raising the budget.',
  )
  process.exit(1)
}
