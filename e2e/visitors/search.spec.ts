import { expect, test, type Page } from '@playwright/test'

/** The results of a Russian search page, one item each. */
const results = (page: Page) => page.getByRole('list', { name: 'Результаты поиска' }).getByRole('listitem')

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

  test('finds every form of a word, the best match first, and marks the forms found', async ({ page }) => {
    await page.goto('/ru/search?q=' + encodeURIComponent('переговорах в Бишкеке'))
    const first = results(page).first()
    await expect(first.getByRole('heading', { level: 2 })).toHaveText(
      'Министры иностранных дел Казахстана и Кыргызстана провели переговоры в Бишкеке',
    )
    await expect(first.locator('h2 mark')).toHaveText(['переговоры', 'Бишкеке'])

    await page.goto('/kk/search?q=' + encodeURIComponent('келіссөздерді'))
    await expect(page.getByRole('status')).toHaveText(/^\d+\sнәтиже табылды$/)
    await expect(page.getByRole('main').locator('mark').first()).toHaveText('келіссөздер')
  })

  test('filters by kind and year and orders by date with plain links and forms', async ({ page }) => {
    await page.goto('/ru/search?q=' + encodeURIComponent('Кыргызской Республики'))
    const kinds = page.getByRole('navigation', { name: 'Тип материала' })
    await expect(kinds.getByText(/^Все \(\d+\)$/)).toHaveAttribute('aria-current', 'page')
    await kinds.getByRole('link', { name: /^Документы \(\d+\)$/ }).click()
    await expect(page).toHaveURL(/kind=document/)
    await expect(results(page).filter({ hasText: 'Документ ·' })).not.toHaveCount(0)
    await expect(results(page).filter({ hasText: 'Пресс-релиз ·' })).toHaveCount(0)

    const form = page.getByRole('form', { name: 'Уточнить результаты' })
    await form.getByLabel('Порядок').selectOption({ label: 'Сначала новые' })
    await form.getByRole('button', { name: 'Показать' }).click()
    await expect(page).toHaveURL(/kind=document.*order=newest/)
    await expect(form.getByLabel('Порядок')).toHaveValue('newest')
  })

  test('finds a Cyrillic name by its Latin spelling and says so', async ({ page }) => {
    await page.goto('/ru/search?q=Kosherbayev')
    const first = results(page).first()
    await expect(first.locator('mark').first()).toHaveText('Кошербаев')
    await expect(first.getByText('Найдено по написанию в другом алфавите')).toBeVisible()
  })

  test('asks for a word of two letters in the page’s language', async ({ page }) => {
    const response = await page.goto('/kk/search?q=' + encodeURIComponent('ә'))
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('alert')).toHaveText(
      'Сұраныс тым қысқа: кемінде екі әріптен тұратын сөз енгізіңіз.',
    )
    await page.goto('/ru/search?q=' + encodeURIComponent('я'))
    await expect(page.getByRole('alert')).toHaveText(
      'Слишком короткий запрос: введите слово хотя бы из двух букв.',
    )
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
