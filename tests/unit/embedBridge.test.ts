import { describe, expect, it } from 'vitest'
import { parseTimeline } from '../../src/domain/parseTimeline'
import { createEmbedBridge } from '../../src/embed/bridge'
import { commandMessage, type Envelope } from '../../src/embed/protocol'
import { createTimelineStore } from '../../src/store/createTimelineStore'
import { sampleDocument } from '../fixtures/sampleDocument'

const doc = () => {
  const { document } = parseTimeline(sampleDocument)
  if (!document) throw new Error('fixture did not parse')
  return document
}

/** A bridge wired to a fake host page; `send` delivers a message as if posted to the frame. */
function setup({ parentOrigin = null as string | null, height = 612.4 } = {}) {
  const posted: { message: Envelope; targetOrigin: string }[] = []
  const host = {
    postMessage: (message: Envelope, targetOrigin: string) =>
      posted.push({ message, targetOrigin }),
  } as unknown as Window
  const self = new EventTarget() as unknown as Window
  let measured = height
  const bridge = createEmbedBridge({
    embedId: 'story-1',
    parentOrigin,
    host,
    self,
    measure: () => measured,
    observe: () => () => {},
  })
  const stop = bridge.start()
  const send = (
    data: unknown,
    { source = host as unknown, origin = 'https://news.example' } = {},
  ) => self.dispatchEvent(Object.assign(new Event('message'), { data, source, origin }))
  const types = () => posted.map((p) => p.message.type)
  const last = () => posted.at(-1)?.message
  return { bridge, stop, send, posted, types, last, setHeight: (h: number) => (measured = h) }
}

describe('the embed bridge', () => {
  it('says ready once, with the title, the event count and a whole-pixel height', () => {
    const t = setup()
    const store = createTimelineStore(doc())
    t.bridge.attach(store, 'Sample')
    t.bridge.attach(store, 'Sample')
    const ready = t.posted.filter((p) => p.message.type === 'ready')
    expect(ready).toHaveLength(1)
    expect(ready[0]?.message).toEqual({
      protocol: 'quoteline',
      v: 1,
      type: 'ready',
      embedId: 'story-1',
      payload: { status: 'ready', title: 'Sample', eventCount: 3, height: 612 },
    })
    expect(ready[0]?.targetOrigin).toBe('*')
  })

  it('reports each selection with its index, total and cause, and the hash as state', () => {
    const t = setup()
    const store = createTimelineStore(doc())
    t.bridge.attach(store, 'Sample')
    store.getState().selectQuote('q-doubt', 'quote')
    const select = t.posted.findLast((p) => p.message.type === 'select')?.message
    expect(select?.payload).toEqual({
      eventId: 'vote',
      quoteId: 'q-doubt',
      index: 1,
      total: 3,
      cause: 'quote',
    })
    expect(t.last()?.type).toBe('state')
    expect(t.last()?.payload).toMatchObject({ hash: '#quote=q-doubt' })
  })

  it('carries out select, getState and requestResize from the parent, echoing requestId', () => {
    const t = setup()
    const store = createTimelineStore(doc())
    t.bridge.attach(store, 'Sample')
    t.send(commandMessage('select', { id: 'close', requestId: 'r1' }, 'story-1'))
    expect(store.getState()).toMatchObject({ selectedEventId: 'close', selectionCause: 'host' })
    expect(t.posted.find((p) => p.message.type === 'select')?.message.payload).toMatchObject({
      eventId: 'close',
      cause: 'host',
      requestId: 'r1',
    })
    t.send(commandMessage('select', { id: 'q-open' }))
    expect(store.getState().selectedQuoteId).toBe('q-open')
    t.send(commandMessage('getState', { requestId: 'r2' }))
    expect(t.last()).toMatchObject({
      type: 'state',
      payload: { hash: '#quote=q-open', requestId: 'r2' },
    })
    t.setHeight(700.2)
    t.send(commandMessage('requestResize', {}))
    expect(t.last()).toMatchObject({ type: 'resize', payload: { height: 700 } })
  })

  it('answers an unknown id with an error and changes nothing', () => {
    const t = setup()
    const store = createTimelineStore(doc())
    t.bridge.attach(store, 'Sample')
    t.send(commandMessage('select', { id: 'nope' }))
    expect(t.last()).toMatchObject({ type: 'error', payload: { code: 'unknown-id' } })
    expect(store.getState().selectedEventId).toBeNull()
  })

  it('ignores other senders, other origins, other embeds and malformed or oversized commands', () => {
    const t = setup({ parentOrigin: 'https://news.example' })
    const store = createTimelineStore(doc())
    t.bridge.attach(store, 'Sample')
    const before = t.posted.length
    const select = commandMessage('select', { id: 'close' })
    t.send(select, { source: {} })
    t.send(select, { origin: 'https://evil.example' })
    t.send(commandMessage('select', { id: 'close' }, 'other-embed'))
    t.send({ ...select, v: 2 })
    t.send({ ...select, protocol: 'pym' })
    t.send({ ...select, type: 'loadData' })
    t.send(commandMessage('select', { id: '<img src=x>' }))
    t.send(commandMessage('select', { id: 'close', padding: 'x'.repeat(5000) }))
    const cyclic: Record<string, unknown> = { ...select }
    cyclic.self = cyclic
    t.send(cyclic)
    for (const junk of [null, 42, 'select', [], { protocol: 'quoteline' }]) t.send(junk)
    expect(store.getState().selectedEventId).toBeNull()
    expect(t.posted.length).toBe(before)
    t.send(select)
    expect(store.getState().selectedEventId).toBe('close')
    expect(t.posted.at(-1)?.targetOrigin).toBe('https://news.example')
  })

  it('on a failed load says ready with status error, then the error with its code', () => {
    const t = setup()
    t.bridge.fail('load-failed', 'The server answered 404.')
    expect(t.types()).toEqual(['ready', 'error'])
    expect(t.posted[0]?.message.payload).toMatchObject({ status: 'error', eventCount: 0 })
    expect(t.posted[1]?.message.payload).toEqual({
      code: 'load-failed',
      message: 'The server answered 404.',
    })
  })

  it('stops listening when stopped', () => {
    const t = setup()
    const store = createTimelineStore(doc())
    t.bridge.attach(store, 'Sample')
    t.stop()
    t.send(commandMessage('select', { id: 'close' }))
    expect(store.getState().selectedEventId).toBeNull()
  })
})
