import { expect, test, type Page } from '@playwright/test'
import { APP, recordHost } from './embedHost'
import { openProducerTools } from './helpers'

const ready = (page: Page) =>
  expect(page.locator('html')).toHaveAttribute('data-timeline-ready', 'true')

test.describe('the embed code dialog', () => {
  test('writes the iframe and script for the selection and theme, copies it, and previews it', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto(`${APP}#event=putin-lands`)
    await ready(page)
    await openProducerTools(page)
    const open = page.getByRole('button', { name: 'Embed' })
    await open.click()
    const dialog = page.getByRole('dialog', { name: 'Embed this timeline' })
    await expect(dialog).toBeVisible()
    const code = dialog.getByRole('textbox', { name: 'Embed code' })
    await expect(code).toHaveValue(
      /<iframe src="[^"]*\/news\/timeline\/embed\.html\?embedId=[\w-]+#event=putin-lands"/,
    )
    await expect(code).toHaveValue(
      /sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"/,
    )
    await expect(code).toHaveValue(
      /<script src="[^"]*\/news\/timeline\/embed\.js" async><\/script>$/,
    )

    await dialog.getByRole('radio', { name: 'Dark' }).click()
    await expect(code).toHaveValue(/theme=dark/)
    await dialog.getByRole('spinbutton').fill('480')
    await expect(code).toHaveValue(/height="480"/)
    await dialog.getByRole('spinbutton').fill('12')
    await expect(dialog.getByRole('alert')).toContainText('whole number from 300 to 2000')
    await expect(code).toHaveValue(/height="640"/)
    await dialog.getByRole('checkbox', { name: /Open at the selected event/ }).uncheck()
    await expect(code).not.toHaveValue(/#event=/)

    await dialog.getByRole('button', { name: 'Copy code' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Copied.')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue())

    // The preview is the embed itself, sandboxed as the snippet says.
    const preview = dialog.locator('iframe')
    await expect(preview).toHaveAttribute(
      'sandbox',
      'allow-scripts allow-popups allow-popups-to-escape-sandbox',
    )
    await expect(dialog.frameLocator('iframe').locator('html')).toHaveAttribute(
      'data-timeline-ready',
      'true',
    )
    await expect(dialog.frameLocator('iframe').locator('html')).toHaveAttribute(
      'data-theme',
      'dark',
    )

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(open).toBeFocused()
  })
})

test.describe('options in the address', () => {
  test('theme, accent, panels and zone apply in an embed', async ({ page }) => {
    await page.goto(
      `${APP}embed.html?theme=dark&accent=93c5fd&panels=quotes&zone=utc#event=putin-lands`,
    )
    await ready(page)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    expect(
      await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--accent'),
      ),
    ).toBe('#93c5fd')
    await expect(page.getByRole('heading', { name: 'What was said' })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Event detail' })).toHaveCount(0)
    await expect(page.locator('[role="tab"][data-event-id="putin-lands"]')).toHaveAccessibleName(
      /UTC/,
    )
    await expect(page.locator('[data-option-warnings]')).toHaveCount(0)
  })

  test('an option that cannot be used is named on screen, and the rest still applies', async ({
    page,
  }) => {
    const { errors } = await recordHost(page)
    await page.goto(`${APP}embed.html?theme=sepia&accent=javascript:alert(1)&zone=utc`)
    await ready(page)
    const warnings = page.locator('[data-option-warnings]')
    await expect(warnings).toContainText('Ignored theme=sepia')
    await expect(warnings).toContainText('Ignored accent=javascript:alert(1)')
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
    await expect(page.locator('[role="tab"][data-event-id="putin-lands"]')).toHaveAccessibleName(
      /UTC/,
    )
    expect(errors).toEqual([])
  })

  test('the full view takes the same theme and panels options', async ({ page }) => {
    await page.goto(`${APP}?theme=dark&panels=detail,controls`)
    await ready(page)
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(page.getByRole('heading', { name: 'What was said' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /^Display/ })).toBeVisible()
  })
})
