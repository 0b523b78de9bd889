#!/usr/bin/env node
// Serves the production build (dist/) from a sub-folder, the way a news site would host it:
// http://127.0.0.1:4317/news/timeline/. No CORS headers, so a cross-origin asset or a
// same-origin assumption shows up in the browser tests. Test fixtures are served under
// /fixtures/ from tests/e2e/fixtures/ for the `?src=` tests.
//
// A second server, on another origin (http://localhost:<port + 1>/), serves the example host
// pages in docs/examples/, as a newsroom's article pages would embed the app. The examples name
// the app as http://127.0.0.1:4317/news/timeline/; that address is rewritten to the one served.
//
// Usage: node scripts/serve-dist.mjs [--port 4317] [--host 127.0.0.1] [--base /news/timeline/]
//                                    [--dir dist] [--host-port 4318]
// or the environment variables PORT, HOST, BASE_PATH, DIST_DIR, HOST_PORT.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
}

/** Reads `--name value` / `--name=value` from argv, then the environment, then the default. */
function option(argv, name, envName, fallback) {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === `--${name}` && i + 1 < argv.length) return argv[i + 1]
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3)
  }
  return process.env[envName] || fallback
}

/** Normalises a base path to `/a/b/`. */
function normaliseBase(base) {
  const trimmed = base.replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}/` : '/'
}

/** Maps a URL path below a mount onto a file inside `dir`, or null when it would leave `dir`. */
function fileFor(dir, rest) {
  let decoded
  try {
    decoded = decodeURIComponent(rest)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  if (decoded.split('/').some((part) => part === '..')) return null
  const file = resolve(dir, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`)
  if (file !== dir && !file.startsWith(dir + sep)) return null
  return file
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  })
  res.end(body)
}

/** The address the example pages use for the app; rewritten to where it is really served. */
export const EXAMPLE_APP_URL = 'http://127.0.0.1:4317/news/timeline/'

function sendFile(req, res, file, rewrite) {
  let stat
  try {
    stat = statSync(file)
  } catch {
    return send(res, 404, 'Not found\n')
  }
  if (stat.isDirectory()) {
    return sendFile(req, res, resolve(file, 'index.html'), rewrite)
  }
  if (!stat.isFile()) return send(res, 404, 'Not found\n')
  if (rewrite && extname(file) === '.html') {
    const body = rewrite(readFileSync(file, 'utf8'))
    return send(res, 200, req.method === 'HEAD' ? '' : body, {
      'Content-Type': TYPES['.html'],
      'Cache-Control': 'no-store',
    })
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': stat.size,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  if (req.method === 'HEAD') return res.end()
  createReadStream(file).pipe(res)
}

/** Starts the server; resolves with it and its URL once it is listening. */
export function startServer({
  port = 4317,
  host = '127.0.0.1',
  base = '/news/timeline/',
  dir = resolve(ROOT, 'dist'),
  fixtures = resolve(ROOT, 'tests/e2e/fixtures'),
} = {}) {
  const mount = normaliseBase(base)
  const distDir = resolve(dir)
  const fixturesDir = resolve(fixtures)
  const mounts = [
    { prefix: mount, dir: distDir },
    { prefix: '/fixtures/', dir: fixturesDir },
  ]
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' })
    }
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/'
    // The app uses relative asset paths, so the folder must be requested with its slash.
    if (mount !== '/' && path === mount.slice(0, -1)) {
      const query = (req.url ?? '').slice(path.length)
      return send(res, 301, 'Moved\n', { Location: `${mount}${query}` })
    }
    for (const m of mounts) {
      if (!path.startsWith(m.prefix)) continue
      const file = fileFor(m.dir, path.slice(m.prefix.length))
      if (!file) return send(res, 403, 'Forbidden\n')
      return sendFile(req, res, file)
    }
    return send(res, 404, 'Not found\n')
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(Number(port), host, () => {
      server.off('error', reject)
      const address = server.address()
      const actualPort = typeof address === 'object' && address ? address.port : port
      resolvePromise({ server, url: `http://${host}:${actualPort}${mount}` })
    })
  })
}

/** Serves the example host pages from `dir` at `/` on its own port, naming the app at `appUrl`. */
export function startHostServer({
  port = 4318,
  host = '127.0.0.1',
  dir = resolve(ROOT, 'docs/examples'),
  appUrl = EXAMPLE_APP_URL,
} = {}) {
  const root = resolve(dir)
  const rewrite = (html) => html.replaceAll(EXAMPLE_APP_URL, appUrl)
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' })
    }
    const path = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/'
    const file = fileFor(root, path)
    if (!file) return send(res, 403, 'Forbidden\n')
    return sendFile(req, res, file, rewrite)
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(Number(port), host, () => {
      server.off('error', reject)
      resolvePromise({ server, url: `http://localhost:${port}/` })
    })
  })
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href
if (isMain) {
  const argv = process.argv.slice(2)
  const dir = resolve(option(argv, 'dir', 'DIST_DIR', resolve(ROOT, 'dist')))
  if (!existsSync(resolve(dir, 'index.html'))) {
    console.error(
      `serve-dist: ${resolve(dir, 'index.html')} does not exist. Run \`vite build\` first.`,
    )
    process.exit(1)
  }
  const port = Number(option(argv, 'port', 'PORT', '4317'))
  startServer({
    port,
    host: option(argv, 'host', 'HOST', '127.0.0.1'),
    base: option(argv, 'base', 'BASE_PATH', '/news/timeline/'),
    dir,
  })
    .then(async (app) => {
      const examples = await startHostServer({
        port: Number(option(argv, 'host-port', 'HOST_PORT', String(port + 1))),
        appUrl: app.url,
      })
      return { app, examples }
    })
    .then(
      ({ app, examples }) => {
        console.log(`serve-dist: serving ${dir} at ${app.url}`)
        console.log(`serve-dist: serving the example host pages at ${examples.url}`)
        const stop = () => {
          let open = 2
          for (const { server } of [app, examples]) {
            server.close(() => --open === 0 && process.exit(0))
            server.closeAllConnections()
          }
        }
        process.on('SIGINT', stop)
        process.on('SIGTERM', stop)
      },
      (error) => {
        console.error(`serve-dist: could not start: ${error.message}`)
        process.exit(1)
      },
    )
}
