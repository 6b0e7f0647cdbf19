// Official documents as a visitor meets them, in each language: the list and its filters (without JavaScript), a
// document's page with its details and PDF, and the roads that lead to it: menu, search, sitemap and feed.
import { expect, test } from '@playwright/test'

import { wcagViolations } from '../helpers/axe'
import { wholeSitemap } from '../helpers/sitemap'

const ORDER = 'order-accreditation-of-foreign-media'
const JOINT_STATEMENT = 'joint-statement-kazakhstan-kyrgyzstan-foreign-ministers'

const languages = [
  {
    locale: 'kk',
    menu: 'Құжаттар',
    count: /^\d+\sқұжат$/,
    filters: 'Сүзгі',
    type: 'Құжат түрі',
    agreement: 'Келісім',
    year: 'Қол қойылған жылы',
    show: 'Көрсету',
    details: 'Құжат деректемелері',
    signedAt: '2025 жылғы 20 қараша',
    number: '№ 11-1-4/245',
    citation: '2025 жылғы 20 қарашадағы № 11-1-4/245 бұйрық',
    signatory: 'Қазақстан Республикасының Сыртқы істер министрі Ермек Көшербаев',
    download: /^Құжатты жүктеу \(PDF, \d+ КБ, қазақ тілінде\)$/,
    search: 'аккредиттеу',
  },
  {
    locale: 'ru',
    menu: 'Документы',
    count: /^\d+\sдокумент(а|ов)?$/,
    filters: 'Фильтр',
    type: 'Вид документа',
    agreement: 'Соглашение',
    year: 'Год подписания',
    show: 'Показать',
    details: 'Реквизиты документа',
    signedAt: '20 ноября 2025 г.',
    number: '№ 11-1-4/245',
    citation: 'Приказ от 20 ноября 2025 г. № 11-1-4/245',
    signatory: 'Министр иностранных дел Республики Казахстан Ермек Кошербаев',
    download: /^Скачать документ \(PDF, \d+ КБ, на русском языке\)$/,
    search: 'АККРЕДИТАЦИИ',
  },
  {
    locale: 'en',
    menu: 'Documents',
    count: /^\d+ documents$/,
    filters: 'Filter',
    type: 'Document type',
    agreement: 'Agreement',
    year: 'Year signed',
    show: 'Show',
    details: 'Document details',
    signedAt: '20 November 2025',
    number: 'No. 11-1-4/245',
    citation: 'Order No. 11-1-4/245 of 20 November 2025',
    signatory: 'Minister of Foreign Affairs of the Republic of Kazakhstan Yermek Kosherbayev',
    download: /^Download the document \(PDF, \d+ KB, in English\)$/,
    search: 'accreditation',
  },
] as const

for (const language of languages) {
  test.describe(`documents in ${language.locale}`, () => {
    test.use({ javaScriptEnabled: false })

    test('the menu leads to the list, filtered by type and by year with a plain form', async ({ page }) => {
      await page.goto(`/${language.locale}`)
      await page
        .getByRole('navigation', { name: /мәзір|меню|menu/i })
        .getByRole('link', { name: language.menu })
        .click()
      await expect(page).toHaveURL(new RegExp(`/${language.locale}/documents$`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.menu)
      // The five seeded documents; the drafts test publishes one more in Kazakh for a moment.
      await expect(page.getByRole('status')).toHaveText(language.count)
      expect(await page.getByRole('main').getByRole('article').count()).toBeGreaterThanOrEqual(5)

      const filters = page.getByRole('form', { name: language.filters })
      await filters.getByRole('combobox', { name: language.type }).selectOption({ label: language.agreement })
      await filters.getByRole('button', { name: language.show }).click()
      await expect(page).toHaveURL(new RegExp(`/${language.locale}/documents\\?type=agreement&year=$`))
      const articles = page.getByRole('main').getByRole('article')
      await expect(articles).toHaveCount(1)
      await expect(articles.first()).toContainText(language.agreement)

      await filters.getByRole('combobox', { name: language.type }).selectOption('')
      await filters.getByRole('combobox', { name: language.year }).selectOption('2026')
      await filters.getByRole('button', { name: language.show }).click()
      await expect(page).toHaveURL(/\?type=&year=2026$/)
      await expect(articles).toHaveCount(2)
      for (const time of await articles.locator('time').all())
        await expect(time).toHaveAttribute('datetime', /^2026-/)
    })

    test('a document shows its details and links its PDF in the page’s language', async ({ page }) => {
      await page.goto(`/${language.locale}/documents/${ORDER}`)
      await expect(page.locator('html')).toHaveAttribute('lang', language.locale)
      const details = page.getByRole('table', { name: language.details })
      await expect(details).toContainText(language.number)
      await expect(details).toContainText(language.signedAt)
      await expect(details).toContainText(language.signatory)

      const download = page.getByRole('link', { name: language.download })
      await expect(download).toHaveAttribute('hreflang', language.locale)
      const href = await download.getAttribute('href')
      expect(href).toBe(`/api/media/file/${ORDER}-${language.locale}.pdf`)
      const pdf = await page.request.get(href ?? '')
      expect(pdf.status()).toBe(200)
      expect(pdf.headers()['content-type']).toBe('application/pdf')
      expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    })

    test('the list cites a document in the language’s own order, with its number sign', async ({ page }) => {
      await page.goto(`/${language.locale}/documents?type=order`)
      await expect(page.getByRole('main').getByRole('article').first()).toContainText(language.citation)
    })

    test('search finds a document by a word of its title, whatever the case', async ({ page }) => {
      await page.goto(`/${language.locale}/search?q=${encodeURIComponent(language.search)}`)
      await expect(
        page.getByRole('main').locator(`a[href="/${language.locale}/documents/${ORDER}"]`),
      ).toBeVisible()
    })
  })
}

for (const locale of ['kk', 'ru', 'en']) {
  test(`the documents list and a document in ${locale} have no WCAG 2.2 A/AA violations`, async ({
    page,
  }) => {
    for (const path of [`/${locale}/documents`, `/${locale}/documents/${ORDER}`]) {
      expect((await page.goto(path))?.status(), path).toBe(200)
      expect(await wcagViolations(page), path).toEqual([])
    }
  })
}

test('the sitemap lists the documents list and every document in each language', async ({ request }) => {
  const sitemap = await wholeSitemap(request)
  for (const locale of ['kk', 'ru', 'en']) {
    expect(sitemap).toContain(`/${locale}/documents</loc>`)
    expect(sitemap).toContain(`/${locale}/documents/${ORDER}</loc>`)
    expect(sitemap).toContain(`/${locale}/documents/${JOINT_STATEMENT}</loc>`)
  }
})

test('each language has a documents feed, announced by the documents’ pages', async ({ request, page }) => {
  const response = await request.get('/ru/documents/feed.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const feed = await response.text()
  expect(feed).toContain('<title>Документы МИД Республики Казахстан</title>')
  expect(feed).toContain(`/ru/documents/${ORDER}</link>`)
  expect(feed).toContain('Приказ от 20\u00a0ноября 2025\u00a0г. №\u00a011-1-4/245')
  await page.goto(`/ru/documents/${ORDER}`)
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2)
})

test('unknown types, years, pages and documents answer 404', async ({ request }) => {
  for (const path of [
    '/en/documents?type=decree',
    '/en/documents?year=1990',
    '/en/documents?page=9',
    '/en/documents/no-such-document',
  ]) {
    expect((await request.get(path)).status(), path).toBe(404)
  }
})
