// What a page of the build loads before the timeline is ready: its entry script, the chunks that
// script imports statically (Vite lists them as modulepreload links) and its stylesheets. Chunks
// loaded on demand (import(), the embed page and host script) are counted apart.
import { readdirSync, readFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const sizeOf = (file) => {
  const bytes = readFileSync(file)
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip })
const ZERO = { raw: 0, gzip: 0 }

/** Files an HTML page of the build loads up front: `src`/`href` of scripts, preloads and CSS. */
export function initialFiles(distDir, page = 'index.html') {
  const html = readFileSync(resolve(distDir, page), 'utf8')
  const refs = new Set()
  for (const m of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const tag = m[0]
    const isScript = m[1] === 'script'
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? ''
    if (!isScript && rel !== 'stylesheet' && rel !== 'modulepreload') continue
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    if (url && !/^[a-z]+:/i.test(url)) refs.add(url.replace(/^\.?\//, ''))
  }
  return [...refs].map((ref) => resolve(distDir, ref))
}

/** Raw and gzipped bytes of JS and CSS, split into what loads before ready and what loads later. */
export function measureBundle(distDir, page = 'index.html') {
  const initial = initialFiles(distDir, page)
  const result = { initial: { js: ZERO, css: ZERO }, onDemand: { js: ZERO, css: ZERO } }
  const initialSet = new Set(initial)
  for (const file of initial) {
    const kind = extname(file) === '.css' ? 'css' : 'js'
    result.initial[kind] = add(result.initial[kind], sizeOf(file))
  }
  const assets = resolve(distDir, 'assets')
  for (const name of readdirSync(assets)) {
    const file = resolve(assets, name)
    const kind = { '.js': 'js', '.css': 'css' }[extname(name)]
    if (!kind || initialSet.has(file)) continue
    result.onDemand[kind] = add(result.onDemand[kind], sizeOf(file))
  }
  result.initial.total = add(result.initial.js, result.initial.css)
  return result
}
