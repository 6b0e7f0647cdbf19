import { expect, test } from '@playwright/test'

test.describe('site search', () => {
  test.use({ javaScriptEnabled: false })

  test('works from the header of any page without JavaScript, whatever the letter case', async ({ page }) => {
    await page.goto('/kk/events')
    const search = page.getByRole('search', { name: 'Сайт бойынша іздеу' })
    await search.getByRole('searchbox', { name: 'Іздеу сұранысы' }).fill('БІШКЕК')
    await search.getByRole('button', { name: 'Іздеу' }).click()
    await expect(page).toHaveURL(/\/kk\/search\?q=%D0%91%D0%86%D0%A8%D0%9A%D0%95%D0%9A$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      '«БІШКЕК» сұранысы бойынша іздеу нәтижелері',
    )
    await expect(page.getByRole('status')).toHaveText(/нәтиже табылды/)
    await expect(page.getByRole('main').locator('mark').first()).toHaveText(/^бішкек/i)
  })

  test('counts results with Russian plurals and finds words of the body', async ({ page }) => {
    await page.goto('/ru/search?q=' + encodeURIComponent('ЗОЛОТОЙ МОСТ'))
    await expect(page.getByRole('status')).toHaveText(/^Найден(о)? \d+\sрезультат(а|ов)?$/)
    await expect(
      page.getByRole('link', { name: /Министры иностранных дел Казахстана и Кыргызстана/ }),
    ).toBeVisible()
  })

  test('shows a query full of markup as text, and refuses an overlong one clearly', async ({ page }) => {
    const response = await page.goto('/en/search?q=' + encodeURIComponent('<img src=x onerror=alert(1)>'))
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Search results for “<img src=x onerror=alert(1)>”',
    )
    await expect(page.locator('main img[src="x"]')).toHaveCount(0)
    await expect(page.getByRole('status')).toHaveText('Nothing found')

    await page.goto('/en/search?q=' + 'a'.repeat(300))
    await expect(page.getByRole('alert')).toHaveText(
      'The query is too long: it may have at most 200 characters.',
    )
    await page.goto('/en/search')
    await expect(page.getByText('Enter words to search press releases, events and documents.')).toBeVisible()
  })
})
