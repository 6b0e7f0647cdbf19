import { expect, test } from '@playwright/test'

import { EVENT, RELEASE } from '../helpers/publicPages'

test.use({ javaScriptEnabled: false })

test('navigation, languages, search, filters and pagination work without JavaScript', async ({ page }) => {
  await page.goto('/ru')
  await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en$/)

  await page.getByRole('searchbox', { name: 'Search query' }).fill('Bishkek')
  await page.getByRole('searchbox', { name: 'Search query' }).press('Enter')
  await expect(page).toHaveURL(/\/en\/search\?q=Bishkek$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search results for “Bishkek”')

  await page.goto('/en/press-releases')
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' }).click()
  await expect(page).toHaveURL(/page=2$/)

  const filters = page.getByRole('form', { name: 'Filter' })
  await filters.getByRole('combobox', { name: 'Topic' }).selectOption('central-asia')
  await filters.getByRole('button', { name: 'Show' }).click()
  await expect(page).toHaveURL(/topic=central-asia/)
  await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()

  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link').nth(1).click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
})

test('a release’s photos and share links are plain links without JavaScript', async ({ page }) => {
  await page.goto(`/en/press-releases/${RELEASE}`)
  const photo = page.getByRole('region', { name: 'Images' }).getByRole('link').first()
  await expect(photo).toHaveAttribute('href', /\/api\/media\/file\//)
  const share = page.getByRole('region', { name: 'Share' })
  await expect(share.getByRole('link', { name: 'Telegram' })).toHaveAttribute('href', /^https:\/\/t\.me\//)
  await expect(share.getByRole('link', { name: 'Copy link' })).toHaveAttribute(
    'href',
    /\/en\/press-releases\//,
  )
  await photo.click()
  await expect(page).toHaveURL(/\/api\/media\/file\//)
})

test('an event’s tabs and calendar file work without JavaScript', async ({ page }) => {
  await page.goto('/kk/events')
  await page
    .getByRole('navigation', { name: 'Іс-шаралар бойынша навигация' })
    .getByRole('link', { name: 'Өткен іс-шаралар' })
    .click()
  await expect(page).toHaveURL(/\/kk\/events\/past$/)
  await page.goto(`/kk/events/${EVENT}`)
  await expect(page.getByRole('link', { name: 'Күнтізбеге қосу' })).toHaveAttribute('href', /calendar\.ics$/)
})

test('a page that is not there says so in its language, without JavaScript too', async ({ page }) => {
  const expected = [
    ['/kk/press-releases/no-such-release', 'kk', 'Бет табылмады'],
    ['/ru/no-such-page', 'ru', 'Страница не найдена'],
    ['/en/events/no-such-event', 'en', 'Page not found'],
  ] as const
  for (const [path, locale, title] of expected) {
    expect((await page.goto(path))?.status(), path).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.getByRole('link', { name: /./ }).last()).toHaveAttribute('href', `/${locale}`)
  }
})
