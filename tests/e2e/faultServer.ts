import { readFileSync } from 'node:fs'
import { createServer, type Server, type ServerResponse } from 'node:http'

/**
 * A small server of faults for the ?src= tests, on its own origin (so the app reads it with CORS,
 * as it would read any newsroom's data): each path misbehaves in one way.
 *
 * /doc.json        the fixture, whole
 * /cut.json        declares 10,000 bytes, sends 2,765 of them, then (1.5 s later) closes
 * /stall.json      sends 1,024 bytes, then nothing (the connection stays open)
 * /trickle.json    sends the fixture in pieces 150 ms apart, declaring its length
 * /loop.json       redirects to itself, for ever
 * /image.png       a PNG, typed image/png
 * /plain.json      the fixture, typed text/plain (as raw file hosts do)
 * /no-cors.json    the fixture without Access-Control-Allow-Origin
 */
export const FIXTURE = readFileSync(new URL('./fixtures/small.json', import.meta.url))

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const cors = { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' }
const json = { ...cors, 'Content-Type': 'application/json' }

function trickle(res: ServerResponse, body: Buffer, pieces: number, everyMs: number) {
  res.writeHead(200, { ...json, 'Content-Length': body.length })
  const size = Math.ceil(body.length / pieces)
  let at = 0
  const next = () => {
    if (res.destroyed) return
    res.write(body.subarray(at, at + size))
    at += size
    if (at >= body.length) res.end()
    else setTimeout(next, everyMs)
  }
  next()
}

const routes: Record<string, (res: ServerResponse) => void> = {
  '/doc.json': (res) => res.writeHead(200, json).end(FIXTURE),
  '/cut.json': (res) => {
    res.writeHead(200, { ...json, 'Content-Length': 10_000 })
    // The break comes once the page is surely reading (bytes queued unread are lost with it).
    res.write(Buffer.alloc(2765, 0x20), () => setTimeout(() => res.destroy(), 1_500))
  },
  '/stall.json': (res) => {
    res.writeHead(200, json)
    res.write(Buffer.alloc(1024, 0x20))
  },
  '/trickle.json': (res) => trickle(res, FIXTURE, 25, 150),
  '/loop.json': (res) => res.writeHead(302, { ...cors, Location: '/loop.json' }).end(),
  '/image.png': (res) => res.writeHead(200, { ...cors, 'Content-Type': 'image/png' }).end(PNG),
  '/plain.json': (res) =>
    res.writeHead(200, { ...cors, 'Content-Type': 'text/plain; charset=utf-8' }).end(FIXTURE),
  '/no-cors.json': (res) =>
    res
      .writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
      .end(FIXTURE),
}

/** Starts the fault server on a free port; resolves with its origin and a way to stop it. */
export async function startFaultServer(): Promise<{ origin: string; stop: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/'
    const route = routes[path]
    if (route) route(res)
    else res.writeHead(404, cors).end('Not found\n')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
