import { expect, test, type Page } from '@playwright/test'
import { generateDocument } from '../../scripts/bench-data.mjs'
import {
  countReactCommits,
  mark,
  marks,
  openTimeline,
  settledBox,
  untilReactRests,
} from './helpers'

// A large seeded document, served by the test itself (no file of megabytes in the repository).
const EVENTS = 20_000
const body = JSON.stringify(generateDocument({ events: EVENTS, seed: 3 }))

async function openLarge(page: Page) {
  // Matched on the path alone: the page's own URL carries the same text in its query.
  await page.route(
    (url) => url.pathname === '/generated/large.json',
    (route) => route.fulfill({ body, contentType: 'application/json' }),
  )
  await openTimeline(page, './?src=/generated/large.json')
}

const clusters = (page: Page) => page.locator('[data-timeline-surface] [data-cluster-count]')
const brush = (page: Page) => page.locator('[data-overview-brush]')

test.describe(`${EVENTS.toLocaleString('en-US')} events`, () => {
  test('only marks near the view are mounted, and the dense rest is drawn as counted clusters', async ({
    page,
  }) => {
    await openLarge(page)
    const drawn = await marks(page).count()
    expect(drawn).toBeGreaterThan(5)
    expect(drawn).toBeLessThan(500)
    await expect(clusters(page).first()).toBeVisible()
    const counted = await clusters(page).evaluateAll((els) =>
      els.reduce((sum, el) => sum + Number(el.getAttribute('data-cluster-count')), 0),
    )
    // Every event is either a mark or counted in a cluster (the clusters of the padding too).
    expect(counted + drawn).toBeGreaterThanOrEqual(EVENTS * 0.9)
  })

  test('clicking a cluster zooms in to its events', async ({ page }) => {
    await openLarge(page)
    const before = await settledBox(brush(page))
    await clusters(page).nth(2).click()
    await expect
      .poll(async () => (await brush(page).boundingBox())?.width ?? Infinity)
      .toBeLessThan(before.width / 10)
    await expect(marks(page).first()).toBeAttached()
  })

  test('the arrow keys still step through single events in time order, clustered ones too', async ({
    page,
  }) => {
    await openLarge(page)
    const first = marks(page).first()
    await first.click()
    const id = (await first.getAttribute('data-event-id')) ?? ''
    const n = Number(id.slice(1))
    for (let k = 1; k <= 6; k++) {
      await page.keyboard.press('ArrowRight')
      await expect(mark(page, `e${n + k}`)).toBeFocused()
      await expect(mark(page, `e${n + k}`)).toHaveAttribute('data-selected', 'true')
    }
  })

  test('dragging the overview brush pans the timeline, and dragging its edge zooms it', async ({
    page,
  }) => {
    await openLarge(page)
    for (let i = 0; i < 4; i++)
      await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
    const b = await settledBox(brush(page))
    // Four steps of 1.6×: the brush covers 1 / 6.6 of the strip.
    const strip = await settledBox(page.locator('[data-timeline-overview]'))
    expect(b.width).toBeLessThan(strip.width / 5)
    const y = b.y + b.height / 2
    await page.mouse.move(b.x + b.width / 2, y)
    await page.mouse.down()
    await page.mouse.move(b.x + b.width / 2 + 150, y, { steps: 8 })
    await page.mouse.up()
    const moved = await settledBox(brush(page))
    expect(moved.x).toBeGreaterThan(b.x + 100)
    expect(Math.abs(moved.width - b.width)).toBeLessThan(3)

    await page.mouse.move(moved.x + moved.width - 1, y)
    await page.mouse.down()
    await page.mouse.move(moved.x + moved.width + 120, y, { steps: 6 })
    await page.mouse.up()
    const wider = await settledBox(brush(page))
    expect(wider.width).toBeGreaterThan(moved.width + 80)
  })
})

test(`with ${EVENTS.toLocaleString('en-US')} events a drag inside the mounted window moves the marks without any React render`, async ({
  page,
}) => {
  const commits = await countReactCommits(page)
  await openLarge(page)
  for (let i = 0; i < 3; i++)
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click()
  // The brush is placed on every frame of a zoom: once it rests, the last step's animation is over.
  await settledBox(brush(page))
  const surface = await settledBox(page.locator('[data-timeline-surface]'))
  const first = marks(page).first()
  const before = await settledBox(first)
  const y = surface.y + 12
  await page.mouse.move(surface.x + surface.width * 0.6, y)
  await untilReactRests(page)
  const start = await commits()
  await page.mouse.down()
  await page.mouse.move(surface.x + surface.width * 0.35, y, { steps: 10 })
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  )
  expect((await first.boundingBox())?.x).toBeLessThan(before.x - 50)
  expect((await commits()) - start).toBe(0)
  await page.mouse.up()
  await expect.poll(commits).toBeGreaterThan(start)
})

test('the summit draws every event as a mark: no clusters', async ({ page }) => {
  await openTimeline(page)
  await expect(marks(page).first()).toBeVisible()
  await expect(clusters(page)).toHaveCount(0)
})
