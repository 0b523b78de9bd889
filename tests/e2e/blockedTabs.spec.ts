import { expect, test } from '@playwright/test'
import { embedFrame, openHost, recordHost } from './embedHost'

// Issue 11, point 9: in sandbox="allow-scripts" alone the browser blocks new tabs; a link that
// would open one shows its address to copy instead of doing nothing.

test('in a frame that may not open tabs, Open full timeline and source links show their address', async ({
  page,
}) => {
  const { errors } = await recordHost(page)
  let popups = 0
  page.on('popup', () => popups++)
  await openHost(page, 'sandboxed.html')
  const frame = embedFrame(page)

  const full = frame.getByRole('link', { name: /Open full timeline/ })
  const href = (await full.getAttribute('href')) ?? ''
  await full.click()
  const address = frame.getByRole('textbox', { name: /may not open new tabs/ })
  await expect(address).toHaveValue(href)
  await expect(address).toBeFocused()
  await frame.getByRole('button', { name: 'Done' }).click()
  await expect(address).toHaveCount(0)

  // An event's sources sit under "Where, who and how we know".
  const detail = frame.getByRole('region', { name: 'Event detail' })
  await detail.getByText('Where, who and how we know').click()
  const source = detail.getByRole('link').first()
  const sourceHref = (await source.getAttribute('href')) ?? ''
  expect(sourceHref).toMatch(/^https?:/)
  await source.click()
  await expect(frame.getByRole('textbox', { name: /may not open new tabs/ })).toHaveValue(
    sourceHref,
  )
  expect(popups).toBe(0)
  // The browser's own notice of each blocked tab (a plain link logs it too), and nothing else.
  expect(errors.filter((e) => !/Blocked opening '[^']+' in a new window/.test(e))).toEqual([])
})

test('where new tabs may open, Open full timeline opens one, cut from its opener', async ({
  page,
}) => {
  await openHost(page, 'article.html')
  const frame = embedFrame(page)
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    frame.getByRole('link', { name: /Open full timeline/ }).click(),
  ])
  expect(await popup.evaluate(() => window.opener)).toBeNull()
  await expect(frame.getByRole('textbox', { name: /may not open new tabs/ })).toHaveCount(0)
})
