import { expect, test } from '@playwright/test'

const homes = [
  {
    locale: 'kk',
    heading: 'Қазақстан Республикасының Сыртқы істер министрлігі',
    releases: 'Баспасөз релиздері',
    date: /^\d{4}\sжылғы \d{1,2}\s[а-яәғқңөұүһі]+$/,
  },
  {
    locale: 'ru',
    heading: 'Министерство иностранных дел Республики Казахстан',
    releases: 'Пресс-релизы',
    date: /^\d{1,2}\s[а-яё]+ \d{4}\sг\.$/,
  },
  {
    locale: 'en',
    heading: 'Ministry of Foreign Affairs of the Republic of Kazakhstan',
    releases: 'Press releases',
    date: /^\d{1,2} [A-Z][a-z]+ \d{4}$/,
  },
] as const

for (const home of homes) {
  test.describe(`the ${home.locale} home page`, () => {
    test('is in its language, with the newest releases and upcoming events', async ({ page }) => {
      const response = await page.goto(`/${home.locale}`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', home.locale)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(home.heading)

      const releases = page.getByRole('region', { name: home.releases })
      await expect(releases.getByRole('article')).toHaveCount(6)
      const images = releases.getByRole('img')
      await expect(images.first()).toHaveAttribute('alt', /\S/)

      const events = page.locator('#home-events + ul').getByRole('article')
      expect(await events.count()).toBeGreaterThanOrEqual(3)
    })

    test('dates releases in its own way, on Almaty’s calendar', async ({ page }) => {
      await page.goto(`/${home.locale}`)
      const dates = page.getByRole('region', { name: home.releases }).locator('time')
      await expect(dates.first()).toBeVisible()
      for (const text of await dates.allTextContents()) expect(text).toMatch(home.date)
    })

    test('links the same page in the other languages', async ({ page }) => {
      await page.goto(`/${home.locale}`)
      const switcher = page.getByRole('navigation', { name: /Тіл|Язык|Language/ })
      for (const other of homes.filter((h) => h.locale !== home.locale)) {
        await expect(switcher.locator(`a[hreflang="${other.locale}"]`)).toHaveAttribute(
          'href',
          `/${other.locale}`,
        )
      }
      await expect(switcher.locator('[aria-current="true"]')).toHaveCount(1)
    })
  })
}

test('switching language keeps the visitor on the home page', async ({ page }) => {
  await page.goto('/kk')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(homes[2].heading)
})
