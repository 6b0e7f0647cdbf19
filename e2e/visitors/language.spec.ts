import { expect, test } from '@playwright/test'

test.describe('the bare address chooses a language', () => {
  for (const [acceptLanguage, locale] of [
    ['ru-RU,ru;q=0.9,en;q=0.8', 'ru'],
    ['en-US,en;q=0.9', 'en'],
    ['kk-KZ,kk;q=0.9,ru;q=0.8', 'kk'],
    // None of the three: Kazakh, the state language.
    ['de-DE,de;q=0.9', 'kk'],
  ] as const) {
    test(`"${acceptLanguage}" leads to /${locale}`, async ({ request }) => {
      const response = await request.get('/', {
        headers: { 'Accept-Language': acceptLanguage },
        maxRedirects: 0,
      })
      expect(response.status()).toBe(307)
      expect(new URL(response.headers()['location'] ?? '', 'http://x').pathname).toBe(`/${locale}`)
    })
  }

  test('a Russian browser opening / lands on the Russian home page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-RU' })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/ru$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await context.close()
  })

  test('a path without a language gets one', async ({ request }) => {
    const response = await request.get('/press-releases', {
      headers: { 'Accept-Language': 'en' },
      maxRedirects: 0,
    })
    expect(response.status()).toBe(307)
    expect(response.headers()['location']).toMatch(/\/en\/press-releases$/)
  })

  test('an unknown page answers 404 in the visitor’s language', async ({ page }) => {
    const response = await page.goto('/ru/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Страница не найдена')
    await expect(page).toHaveTitle('Страница не найдена — МИД Республики Казахстан')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  })

  test('a broken address answers 400, never 500', async ({ request }) => {
    for (const path of ['/kk/events/%E0%A4%A', '/api/%E0%A4%A']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(400)
    }
  })
})
