import { readFileSync } from 'node:fs'
import { expect, type Locator, type Page } from '@playwright/test'

/** The built-in summit document, read from the source so tests follow the data. */
interface RawSummitEvent {
  id: string
  title: string
  start: string
  end?: string
  quotes?: { id: string }[]
}

const summit = JSON.parse(
  readFileSync(new URL('../../src/data-io/summit.json', import.meta.url), 'utf8'),
) as { events: RawSummitEvent[] }

// Test-side only: the data's ISO strings always carry an offset, which Date.parse reads exactly.
const ms = (iso: string) => Date.parse(iso)

/** The summit's events in time order: by start, then end, then id (the document's own rule). */
export const SUMMIT_EVENTS: readonly RawSummitEvent[] = [...summit.events].sort(
  (a, b) =>
    ms(a.start) - ms(b.start) ||
    ms(a.end ?? a.start) - ms(b.end ?? b.start) ||
    (a.id < b.id ? -1 : 1),
)

/** Event ids the summit is known to contain (CONTRACT examples used by the brief). */
export const SUMMIT_EVENT_IDS = [
  'trump-lands',
  'putin-lands',
  'greeting-tarmac',
  'meeting-3on3',
  'press-availability',
  'closing-exchange',
] as const

/** Looks up a summit event by id. */
export function summitEvent(id: string): RawSummitEvent {
  const event = summit.events.find((e) => e.id === id)
  if (!event) throw new Error(`The summit data has no event "${id}"`)
  return event
}

/** The tab list of event marks. */
export const eventList = (page: Page) => page.getByRole('tablist', { name: 'Events' })

/** Every drawn event mark. */
export const marks = (page: Page) => eventList(page).locator('[role="tab"][data-event-id]')

/** The mark of one event. */
export const mark = (page: Page, eventId: string) =>
  eventList(page).locator(`[role="tab"][data-event-id="${eventId}"]`)

/** The marks currently selected. */
export const selectedMarks = (page: Page) =>
  page.locator('[data-event-id][data-event-kind][data-selected="true"]')

/** The title of the selected event, inside the tab panel the marks control. */
export const detailTitle = (page: Page) =>
  page
    .getByRole('tabpanel')
    .getByRole('region', { name: 'Event detail' })
    .getByRole('heading', { level: 2 })

/** The quote cards of one event. */
export const cardsOf = (page: Page, eventId: string) =>
  page.locator(`figure[data-quote-id][data-event-id="${eventId}"]`)

/** Opens `path` (relative to the served base) and waits until the timeline is drawn. */
export async function openTimeline(page: Page, path = './'): Promise<void> {
  await page.goto(path)
  await expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')
}

/** The `data-event-id`s of all drawn marks, in DOM order. */
export async function drawnEventIds(page: Page): Promise<string[]> {
  return marks(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id') ?? ''))
}

/**
 * Waits until the element has not moved or changed size for several animation frames (zoom
 * transitions and first layout write positions frame by frame; an embed grows when the page
 * hears its new height) and returns its box. No fixed sleeps.
 */
export async function settledBox(locator: Locator) {
  await locator.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        let last = ''
        let same = 0
        const tick = () => {
          const r = el.getBoundingClientRect()
          const now = `${r.x.toFixed(2)},${r.y.toFixed(2)},${r.width.toFixed(2)},${r.height.toFixed(2)}`
          same = now === last ? same + 1 : 0
          last = now
          if (same >= 5) resolve()
          else requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      }),
  )
  const box = await locator.boundingBox()
  if (!box) throw new Error('The element has no box: it is not rendered')
  return box
}

/** Scrolls the page (not the element's own scroll box) so the card's scrolling list is on screen. */
export async function bringScrollContainerOnScreen(card: Locator): Promise<void> {
  await card.evaluate((el) => {
    let node = el.parentElement
    while (node && !/(auto|scroll)/.test(getComputedStyle(node).overflowY)) {
      node = node.parentElement
    }
    ;(node ?? el).scrollIntoView({ block: 'nearest', inline: 'nearest' })
  })
}

/** Ids of the marks lying wholly inside the zoom surface (the ones a reader can click). */
export async function markIdsInsideSurface(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const surface = document.querySelector('[data-timeline-surface]')
    if (!surface) return []
    const box = surface.getBoundingClientRect()
    return [...surface.querySelectorAll<HTMLElement>('[role="tab"][data-event-id]')]
      .filter((el) => {
        const r = el.getBoundingClientRect()
        return r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1
      })
      .map((el) => el.dataset.eventId ?? '')
  })
}

/**
 * Counts React commits from the first script on, through the DevTools hook that React DOM calls
 * on every commit. Returns a function that reads the count so far.
 */
export async function countReactCommits(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as {
      reactCommits: number
      lastReactCommit: number
      __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown
    }
    w.reactCommits = 0
    w.lastReactCommit = 0
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      checkDCE: () => {},
      onScheduleFiberRoot: () => {},
      onCommitFiberRoot: () => {
        w.reactCommits += 1
        w.lastReactCommit = performance.now()
      },
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
    }
  })
  return () => page.evaluate(() => (window as unknown as { reactCommits: number }).reactCommits)
}

/**
 * Waits (with countReactCommits installed) until React has committed nothing for `quietMs`: the
 * renders that follow a change at rest (the quote list follows the view 250 ms after a zoom, a
 * new height can change the page's width) are over, so what is counted next is the next step's.
 */
export async function untilReactRests(page: Page, quietMs = 600): Promise<void> {
  await page.evaluate(
    (quiet) =>
      new Promise<void>((resolve) => {
        const w = window as unknown as { lastReactCommit: number }
        const tick = () => {
          if (performance.now() - w.lastReactCommit >= quiet) resolve()
          else requestAnimationFrame(tick)
        }
        tick()
      }),
    quietMs,
  )
}

/** Chooses in the "Display" menu (time zone or theme), then closes the menu. */
export async function chooseDisplay(page: Page, group: 'Theme' | 'Times in', name: string) {
  const radios = page.getByRole('radiogroup', { name: group })
  if (!(await radios.isVisible())) await page.getByRole('button', { name: /^Display/ }).click()
  await radios.getByRole('radio', { name, exact: true }).click()
  await page.keyboard.press('Escape')
  await expect(radios).toBeHidden()
}

/** Switches between the timeline and the list. */
export const chooseView = (page: Page, name: 'Timeline' | 'List') =>
  page.getByRole('radiogroup', { name: 'View' }).getByRole('radio', { name }).click()

/** Opens the producer menu (open file, paste, export, embed) unless it is open. */
export async function openProducerTools(page: Page): Promise<void> {
  const openFile = page.getByRole('button', { name: 'Open file…' })
  if (await openFile.isVisible()) return
  await page.getByRole('button', { name: /^Producer tools/ }).click()
  await expect(openFile).toBeVisible()
}

/** The file picker's input, reached through the producer menu. */
export async function fileInput(page: Page): Promise<Locator> {
  await openProducerTools(page)
  return page.locator('[data-file-input]')
}

/** Opens the "Key" (the legend with the kind toggles) and returns its toolbar. */
export async function openKey(page: Page): Promise<Locator> {
  const toolbar = page.getByRole('toolbar', { name: 'Show only these kinds of event' })
  if (!(await toolbar.isVisible())) await page.getByRole('button', { name: /^Key/ }).click()
  await expect(toolbar).toBeVisible()
  return toolbar
}
