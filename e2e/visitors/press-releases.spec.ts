import { expect, test } from '@playwright/test'

import { keepScreenshot } from '../helpers/screenshots'

const TALKS = 'kazakhstan-kyrgyzstan-foreign-ministers-talks-bishkek'

const languages = [
  {
    locale: 'kk',
    list: 'Баспасөз релиздері',
    date: '2026 жылғы 13 ақпан',
    credit: '© ҚР Сыртқы істер министрлігінің баспасөз қызметі',
    images: 'Суреттер',
    share: 'Бөлісу',
    notFound: 'Бет табылмады',
  },
  {
    locale: 'ru',
    list: 'Пресс-релизы',
    date: '13 февраля 2026 г.',
    credit: '© Пресс-служба МИД Республики Казахстан',
    images: 'Фотографии',
    share: 'Поделиться',
    notFound: 'Страница не найдена',
  },
  {
    locale: 'en',
    list: 'Press releases',
    date: '13 February 2026',
    credit: '© MFA of Kazakhstan press service',
    images: 'Images',
    share: 'Share',
    notFound: 'Page not found',
  },
] as const

for (const language of languages) {
  test.describe(`press releases in ${language.locale}`, () => {
    test('the list pages through all releases, newest first, with real links', async ({ page }) => {
      await page.goto(`/${language.locale}/press-releases`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.list)
      await expect(page.getByRole('main').getByRole('article')).toHaveCount(9)
      const pages = page.getByRole('navigation', { name: /Беттер|Страницы|Pages/ })
      await pages.getByRole('link', { name: /2/ }).first().click()
      await expect(page).toHaveURL(new RegExp(`/${language.locale}/press-releases\\?page=2$`))
      await expect(pages.locator('[aria-current="page"]')).toContainText('2')
      // The newsroom tests publish and delete releases meanwhile: compare the page with the API at one moment.
      await expect(async () => {
        const api = await page.request.get(
          `/api/press-releases?locale=${language.locale}&fallback-locale=none&where[title][exists]=true&limit=1`,
        )
        const { totalDocs } = (await api.json()) as { totalDocs: number }
        await page.reload()
        await expect(page.getByRole('main').getByRole('article')).toHaveCount(Math.min(9, totalDocs - 9), {
          timeout: 1_000,
        })
      }).toPass({ timeout: 15_000 })
    })

    test('a release reads in its language, with its date, photo credit, photos and share links', async ({
      page,
    }) => {
      await page.goto(`/${language.locale}/press-releases/${TALKS}`)
      await expect(page.locator('html')).toHaveAttribute('lang', language.locale)
      await expect(page.getByRole('article').locator('header time')).toHaveText(language.date)
      const credit = page.getByRole('article').locator('figure figcaption').first()
      await expect(credit).toContainText(language.credit)
      await credit.scrollIntoViewIfNeeded()
      await keepScreenshot(page, `release-${language.locale}-photo-credit`, false)
      const gallery = page.getByRole('region', { name: language.images })
      await expect(gallery.getByRole('link')).toHaveCount(3)
      const share = page.getByRole('region', { name: language.share })
      const telegram = await share.getByRole('link', { name: 'Telegram' }).getAttribute('href')
      const shared = new URL(telegram ?? '').searchParams.get('url')
      expect(shared).toBe(`${new URL(page.url()).origin}/${language.locale}/press-releases/${TALKS}`)
      for (const name of ['WhatsApp', 'Facebook', 'X'])
        await expect(share.getByRole('link', { name, exact: true })).toBeVisible()
      await expect(share.locator('a[href^="mailto:?subject="]')).toBeVisible()
    })

    test('a release announces and links itself in the other languages', async ({ page }) => {
      await page.goto(`/${language.locale}/press-releases/${TALKS}`)
      for (const other of ['kk', 'ru', 'en', 'x-default']) {
        await expect(page.locator(`head link[rel="alternate"][hreflang="${other}"]`)).toHaveAttribute(
          'href',
          new RegExp(`/${other === 'x-default' ? 'kk' : other}/press-releases/${TALKS}$`),
        )
      }
      const switcher = page.getByRole('navigation', { name: /Тіл|Язык|Language/ })
      for (const other of languages.filter((l) => l.locale !== language.locale)) {
        await expect(switcher.locator(`a[hreflang="${other.locale}"]`)).toHaveAttribute(
          'href',
          `/${other.locale}/press-releases/${TALKS}`,
        )
      }
    })

    test('a wrong page number or slug answers 404 in the language', async ({ page }) => {
      for (const path of [
        '/press-releases?page=abc',
        '/press-releases?page=99',
        '/press-releases/no-such-release',
      ]) {
        const response = await page.goto(`/${language.locale}${path}`)
        expect(response?.status(), path).toBe(404)
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.notFound)
        await expect(page, path).toHaveTitle(new RegExp(`^${language.notFound} — `))
      }
    })
  })
}

test('the topic and year filters work as a plain form', async ({ page }) => {
  await page.goto('/ru/press-releases')
  await page.getByLabel('Тема').selectOption({ label: 'Консульские вопросы' })
  await page.getByRole('button', { name: 'Показать' }).click()
  await expect(page).toHaveURL(/[?&]topic=consular-affairs/)
  const cards = page.getByRole('main').getByRole('article')
  await expect(cards).not.toHaveCount(0)
  await page.goto('/ru/press-releases?year=2025')
  for (const date of await page.getByRole('main').getByRole('article').locator('time').allTextContents()) {
    expect(date).toMatch(/2025\sг\.$/)
  }
})

test('the photo viewer works by keyboard and gives focus back', async ({ page }) => {
  await page.goto(`/en/press-releases/${TALKS}`)
  const thumbnails = page.getByRole('region', { name: 'Images' }).getByRole('link')
  await thumbnails.first().focus()
  await page.keyboard.press('Enter')
  const viewer = page.getByRole('dialog', { name: 'Image viewer' })
  await expect(viewer).toBeVisible()
  await expect(viewer.getByRole('button', { name: 'Close' })).toBeFocused()
  await expect(viewer).toContainText('Image 1 of 3')
  await page.keyboard.press('ArrowRight')
  await expect(viewer).toContainText('Image 2 of 3')
  await page.keyboard.press('Escape')
  await expect(viewer).toBeHidden()
  // Back on the thumbnail of the photo last seen.
  await expect(thumbnails.nth(1)).toBeFocused()
})
