import { readFileSync } from 'node:fs'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './a11yHelpers'
import { buildHarness } from './drafts/buildHarness'

// The drafts on the browser's own IndexedDB, Web Locks and BroadcastChannel, through a bare
// page that wires them as the studio does (tests/e2e/drafts/harness.tsx).

const HARNESS = 'drafts-harness.html'
const FRAMED = 'drafts-framed.html'
let code = ''
/** The studio's own stylesheet from the build, so the harness looks (and measures) as it will. */
let stylesheet = ''

test.beforeAll(async () => {
  test.setTimeout(120_000)
  code = await buildHarness()
  const studio = readFileSync(`${process.env.QL_DIST ?? 'dist'}/studio.html`, 'utf8')
  const href = /href="(\.\/studio-assets\/[^"]+\.css)"/.exec(studio)?.[1]
  if (!href) throw new Error('dist/studio.html links no stylesheet: npm run build:bundles first')
  stylesheet = `<link rel="stylesheet" href="${href}">`
})

/** Serves the harness (and a page that frames it in a sandbox) on the app's own origin. */
async function serve(context: BrowserContext) {
  await context.route(`**/${HARNESS}*`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><title>Drafts</title>${stylesheet}<div id="root"></div><script>${code}</script></html>`,
    }),
  )
  await context.route(`**/${FRAMED}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><title>Framed</title><iframe title="Studio" sandbox="allow-scripts" src="${HARNESS}" width="800" height="600"></iframe></html>`,
    }),
  )
}

const title = (page: Page) => page.getByRole('textbox', { name: 'Title' })
const draftId = (page: Page) => new URL(page.url()).searchParams.get('draft')!

/** Reads a record straight from the database, as the studio stored it. */
const storedRecord = (page: Page, id: string, key: string) =>
  page.evaluate(
    ([id, key]) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('quoteline-studio')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const get = open.result.transaction('records').objectStore('records').get([id, key])
          get.onsuccess = () => {
            resolve(get.result)
            open.result.close()
          }
          get.onerror = () => reject(get.error)
        }
      }),
    [id, key] as const,
  )

/** Opens a new draft in a fresh page and waits until it is ready to edit. */
async function newDraft(context: BrowserContext) {
  const page = await context.newPage()
  await page.goto(HARNESS)
  await expect(title(page)).toBeVisible()
  await expect(page).toHaveURL(/draft=/)
  return page
}

test.beforeEach(async ({ context }) => serve(context))

test('every change is in IndexedDB within a second; a crashed tab loses nothing', async ({
  context,
}) => {
  const page = await newDraft(context)
  const id = draftId(page)
  await title(page).fill('Council budget night')
  await expect(page.getByText(/^Saved in this browser only · saved/)).toBeVisible()
  await expect
    .poll(() => storedRecord(page, id, 'meta'), { timeout: 1000 })
    .toMatchObject({ title: 'Council budget night' })

  // Killed, not closed: no pagehide, no unload, nothing more written.
  const cdp = await context.newCDPSession(page)
  void cdp.send('Page.crash').catch(() => {})
  await page.waitForEvent('crash')

  const again = await context.newPage()
  await again.goto(`${HARNESS}?draft=${id}`)
  await expect(title(again)).toHaveValue('Council budget night')
})

test('a second tab says the draft is open elsewhere; taking over stops the first', async ({
  context,
}) => {
  const first = await newDraft(context)
  const id = draftId(first)
  await title(first).fill('From the first tab')
  await expect(first.getByText(/^Saved in this browser only · saved/)).toBeVisible()

  const second = await context.newPage()
  await second.goto(`${HARNESS}?draft=${id}`)
  const notice = second.getByRole('alert')
  await expect(notice).toContainText('This draft is open in another tab')
  await expect(title(second)).toHaveCount(0)

  await notice.getByRole('button', { name: 'Take over' }).click()
  await expect(first.getByRole('alert')).toContainText('This draft was taken over in another tab')
  await expect(title(second)).toHaveValue('From the first tab')
  await title(second).fill('From the second tab')
  await expect(second.getByText(/^Saved in this browser only · saved/)).toBeVisible()

  // The first tab no longer writes, not even when it is hidden or left.
  await title(first).fill('Too late, from the first tab')
  await first.evaluate(() => window.dispatchEvent(new Event('pagehide')))
  await second.reload()
  await expect(title(second)).toHaveValue('From the second tab')

  // What the first tab shows is kept as a copy of its own.
  await first.getByRole('button', { name: 'Save a copy here' }).click()
  await expect(title(first)).toHaveValue('Too late, from the first tab')
  expect(draftId(first)).not.toBe(id)
})

test('the second tab holds the draft once the first is closed', async ({ context }) => {
  const first = await newDraft(context)
  const id = draftId(first)
  const second = await context.newPage()
  await second.goto(`${HARNESS}?draft=${id}`)
  await expect(second.getByRole('alert')).toContainText('open in another tab')
  await first.close()
  await expect(second.getByRole('alert')).toHaveCount(0)
  await expect(title(second)).toBeVisible()
})

test('a draft open in another tab cannot be deleted from here', async ({ context }) => {
  const first = await newDraft(context)
  await first.getByRole('button', { name: 'Rename Harness draft' }).click()
  await first.keyboard.type('Held elsewhere')
  await first.keyboard.press('Enter')
  const second = await newDraft(context)
  await second.getByRole('button', { name: 'Delete Held elsewhere' }).click()
  await expect(second.getByRole('alert')).toContainText(
    '“Held elsewhere” is open in another tab: close it there first.',
  )
  await first.close()
  await second.getByRole('button', { name: 'Delete Held elsewhere' }).click()
  await expect(second.getByRole('status').filter({ hasText: 'Draft deleted.' })).toBeVisible()
})

test('a renamed draft is listed under its new name after a reload', async ({ context }) => {
  const page = await newDraft(context)
  await page.getByRole('button', { name: 'Rename Harness draft' }).click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('Budget night')
  await page.keyboard.press('Enter')
  const renamed = page.getByRole('listitem').filter({ hasText: 'Budget night' })
  await expect(renamed).toBeVisible()
  await page.reload()
  await expect(renamed).toBeVisible()
  await expect(page.getByRole('listitem').filter({ hasText: 'Harness draft' })).toHaveCount(0)
})

test('in a sandboxed frame, where nothing may be stored, the studio says so at once', async ({
  context,
}) => {
  const page = await context.newPage()
  await page.goto(FRAMED)
  const frame = page.frameLocator('iframe')
  const alert = frame.getByRole('alert').filter({ hasText: 'Could not save' })
  await expect(alert).toContainText('Could not save: this browser refused to store the draft')
  await expect(alert).toContainText('(SecurityError)')
  // The drafts list says why it is empty, too.
  await expect(
    frame.getByRole('alert').filter({ hasText: 'Could not read the drafts' }),
  ).toBeVisible()
  await expect(frame.getByRole('button', { name: 'Export JSON' })).toBeVisible()
})

test('the status, the drafts list and the two-tab notice are axe clean', async ({ context }) => {
  const first = await newDraft(context)
  await first.getByRole('button', { name: 'About saving' }).click()
  await expectNoAxeViolations(first)
  const second = await context.newPage()
  await second.goto(`${HARNESS}?draft=${draftId(first)}`)
  await expect(second.getByRole('alert')).toContainText('open in another tab')
  await expectNoAxeViolations(second)
})
