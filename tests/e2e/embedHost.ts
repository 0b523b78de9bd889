import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test'

/** The app's origin and the host pages' origin: two origins, as on a newsroom's site. */
const PORT = Number(process.env.QL_PORT ?? 4317)
export const APP = `http://127.0.0.1:${PORT}/news/timeline/`
export const HOST = `http://localhost:${PORT + 1}/`

export interface Recorded {
  origin: string
  data: {
    protocol: string
    v: number
    type: string
    embedId: string
    payload: Record<string, unknown>
  }
}

/** Records, from the first moment, every message the top page receives, and every error. */
export async function recordHost(page: Page): Promise<{ errors: string[] }> {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${m.location().url}: ${m.text()}`)
  })
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  await page.addInitScript(() => {
    if (window !== window.top) return
    const w = window as unknown as { __messages: unknown[] }
    w.__messages = []
    window.addEventListener('message', (e) => w.__messages.push({ origin: e.origin, data: e.data }))
  })
  return { errors }
}

/** The Quoteline messages the host page has received, optionally of one type and embed. */
export async function messages(page: Page, type?: string, embedId?: string): Promise<Recorded[]> {
  const all = await page.evaluate(
    () => (window as unknown as { __messages: Recorded[] }).__messages,
  )
  return all.filter(
    (m) =>
      m.data?.protocol === 'quoteline' &&
      (type === undefined || m.data.type === type) &&
      (embedId === undefined || m.data.embedId === embedId),
  )
}

/** Waits for the first message of a type (and embed) and returns it. */
export async function waitForMessage(page: Page, type: string, embedId?: string) {
  await expect.poll(async () => (await messages(page, type, embedId)).length).toBeGreaterThan(0)
  return (await messages(page, type, embedId))[0] as Recorded
}

/** Opens an example host page and waits until every embed on it is drawn. */
export async function openHost(page: Page, name: string): Promise<void> {
  await page.goto(`${HOST}${name}`)
  const count = await page.locator('iframe').count()
  for (let i = 0; i < count; i++) {
    await expect(embedFrame(page, i).locator('html')).toHaveAttribute('data-timeline-ready', 'true')
  }
}

/** Adds a fresh iframe for `src` to the open host page (no history entry, unlike changing src). */
export async function addEmbed(
  page: Page,
  src: string,
  { sandbox = 'allow-scripts', width = '100%', id = 'added' } = {},
): Promise<FrameLocator> {
  await page.evaluate(
    ({ src, sandbox, width, id }) => {
      const iframe = document.createElement('iframe')
      Object.assign(iframe, { src, id, title: 'Timeline' })
      iframe.setAttribute('sandbox', sandbox)
      iframe.style.cssText = `width:${width};height:500px;border:0`
      document.body.append(iframe)
    },
    { src, sandbox, width, id },
  )
  return page.frameLocator(`#${id}`)
}

export const embedFrame = (page: Page, index = 0) => page.frameLocator('iframe').nth(index)

/** The Frame object of the nth iframe (for evaluate). */
export async function frameHandle(page: Page, selector = 'iframe'): Promise<Frame> {
  const frame = await page
    .locator(selector)
    .first()
    .elementHandle()
    .then((h) => h?.contentFrame())
  if (!frame) throw new Error(`${selector} has no frame`)
  return frame
}
