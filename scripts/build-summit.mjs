#!/usr/bin/env node
// Writes src/data-io/summit.document.json: the built-in summit, already parsed and normalised by
// parseTimeline. The page then starts without parsing it and without loading zod at all (zod
// loads on demand for `?src=`, files and pastes). tests/unit/builtinSummit.test.ts fails when
// this file is out of date: run `npm run build:summit` after changing summit.json or the parser.
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const server = await createServer({
  root: ROOT,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, watch: null },
  appType: 'custom',
})
try {
  const { parseTimeline } = await server.ssrLoadModule('/src/domain/parseTimeline.ts')
  const summit = await server.ssrLoadModule('/src/data-io/summit.json')
  const { document, problems } = parseTimeline(summit.default)
  if (!document || problems.length > 0) {
    console.error('build-summit: the summit has problems:', JSON.stringify(problems, null, 2))
    process.exitCode = 1
  } else {
    const out = resolve(ROOT, 'src/data-io/summit.document.json')
    writeFileSync(out, `${JSON.stringify(document)}\n`)
    console.log(`build-summit: wrote ${out}`)
  }
} finally {
  await server.close()
}
