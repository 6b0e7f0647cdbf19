import { expect, type Page, test } from '@playwright/test'

import { LOW_VISION_COOKIE } from '../../lib/pages/lowVision'
import { LOW_VISION_LABEL } from '../helpers/lowVision'
import { RELEASE } from '../helpers/publicPages'

// That every page's header offers the version is checked with each page's axe run (accessibility.spec.ts).
const rootFontSize = (page: Page) =>
  page.locator('html').evaluate((html) => parseFloat(getComputedStyle(html).fontSize))

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the version for the visually impaired enlarges text in steps, keeps its colours and images across pages, and switches back', async ({
    page,
  }) => {
    const list = '/en/press-releases?topic=central-asia'
    await page.goto(list)
    const standardSize = await rootFontSize(page)

    await page.getByRole('button', { name: LOW_VISION_LABEL.en }).click()
    // Back on the same page, filter and all.
    await expect(page).toHaveURL(list)
    const settings = page.getByRole('region', { name: LOW_VISION_LABEL.en })
    await expect(settings.getByRole('button', { name: '150%' })).toHaveAttribute('aria-pressed', 'true')
    expect(await rootFontSize(page)).toBeGreaterThanOrEqual(standardSize * 1.25)

    const sizes = { '125%': 1.25, '150%': 1.5, '200%': 2 }
    for (const [name, factor] of Object.entries(sizes)) {
      await settings.getByRole('button', { name }).click()
      await expect(settings.getByRole('button', { name })).toHaveAttribute('aria-pressed', 'true')
      expect(await rootFontSize(page)).toBeCloseTo(standardSize * factor)
    }

    // High contrast: the page's grey and blue text turns black.
    await expect(settings.getByRole('button', { name: 'High contrast' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(page.getByRole('main').getByRole('status')).toHaveCSS('color', 'rgb(0, 0, 0)')
    await settings.getByRole('button', { name: 'Standard colours' }).click()
    await expect(page.getByRole('main').getByRole('status')).not.toHaveCSS('color', 'rgb(0, 0, 0)')
    await settings.getByRole('button', { name: 'High contrast' }).click()

    await settings.getByRole('button', { name: 'Hide' }).click()
    await expect(page.getByRole('main').getByRole('img')).toHaveCount(0)

    // The choice holds on the next page: a release with a gallery, whose photos become links in words.
    await page.goto(`/en/press-releases/${RELEASE}`)
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '200')
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high')
    await expect(page.getByRole('main').getByRole('img')).toHaveCount(0)
    const gallery = page.getByRole('region', { name: 'Images' })
    await expect(gallery.getByRole('link').first()).toBeVisible()
    await expect(gallery.getByRole('link').first()).toContainText('Open image:')

    await page.getByRole('button', { name: 'Standard version' }).click()
    await expect(page).toHaveURL(`/en/press-releases/${RELEASE}`)
    await expect(page.getByRole('region', { name: LOW_VISION_LABEL.en })).toHaveCount(0)
    await expect(page.getByRole('button', { name: LOW_VISION_LABEL.en })).toBeVisible()
    expect(await rootFontSize(page)).toBe(standardSize)
    await expect(page.getByRole('main').getByRole('img').first()).toBeVisible()
  })
})

test('a settings cookie the site never wrote shows the standard version', async ({
  page,
  context,
  baseURL,
}) => {
  for (const value of [
    '<script>alert(1)</script>',
    'text=99999&contrast=%00',
    '%E0%A4%A',
    'x'.repeat(4000),
  ]) {
    await context.addCookies([{ name: LOW_VISION_COOKIE, value: encodeURIComponent(value), url: baseURL! }])
    const response = await page.goto('/ru')
    expect(response?.status(), value).toBe(200)
    await expect(page.getByRole('button', { name: LOW_VISION_LABEL.ru })).toBeVisible()
  }
})

test('the settings address answers bad input cleanly and never leads off the site', async ({ request }) => {
  const cases = [
    { query: 'mode=on&back=https://evil.example/en', location: '/en' },
    { query: 'mode=on&back=//evil.example/en', location: '/en' },
    { query: 'mode=on&back=/%5Cevil.example', location: '/en' },
    { query: 'mode=on&back=/admin', location: '/en' },
    { query: 'text=%3Cscript%3E&back=/en/events', location: '/en/events' },
    { query: 'back=/en/search?q=visa', location: '/en/search?q=visa' },
    { query: '', location: '/en' },
  ]
  for (const { query, location } of cases) {
    const response = await request.get(`/en/low-vision?${query}`, {
      maxRedirects: 0,
      headers: { referer: 'https://evil.example/en/events' },
    })
    expect(response.status(), query).toBe(303)
    expect(response.headers()['location'], query).toBe(location)
  }
  const bad = await request.get('/en/low-vision?text=1e9', { maxRedirects: 0 })
  expect(bad.status()).toBe(303)
  expect(bad.headers()['set-cookie'] ?? '').not.toContain('text=1e9')
})
