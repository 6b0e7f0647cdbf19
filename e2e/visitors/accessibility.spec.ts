import { expect, test } from '@playwright/test'

import { locales } from '../../i18n/locales'
import { wcagViolations } from '../helpers/axe'
import { LARGEST_HIGH_CONTRAST, LOW_VISION_LABEL, useLowVision } from '../helpers/lowVision'
import { ONE_PAGE_PER_TYPE, PUBLIC_PAGES } from '../helpers/publicPages'

for (const { type, locale, path } of PUBLIC_PAGES) {
  test(`the ${type} page in ${locale} has no WCAG 2.2 A/AA violations and offers the version for the visually impaired`, async ({
    page,
  }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(
      page.getByRole('banner').getByRole('button', { name: LOW_VISION_LABEL[locale] }),
    ).toBeVisible()
    expect(await wcagViolations(page)).toEqual([])
  })
}

for (const { type, locale, path } of ONE_PAGE_PER_TYPE) {
  test(`the ${type} page in ${locale} has no violations in the version for the visually impaired`, async ({
    page,
    context,
    baseURL,
  }) => {
    await useLowVision(context, baseURL!, LARGEST_HIGH_CONTRAST)
    await page.goto(path)
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high')
    expect(await wcagViolations(page)).toEqual([])
  })
}

const statements = {
  kk: 'Қолжетімділік туралы мәлімдеме',
  ru: 'Заявление о доступности',
  en: 'Accessibility statement',
} as const

for (const locale of locales) {
  test(`the accessibility statement in ${locale} is linked from every page's footer and is itself accessible`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/events`)
    await page.getByRole('contentinfo').getByRole('link', { name: statements[locale] }).click()
    await expect(page).toHaveURL(new RegExp(`/${locale}/accessibility$`))
    await expect(page.locator('html')).toHaveAttribute('lang', locale)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(statements[locale])
    await expect(page.getByRole('main').getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/)
    expect(await wcagViolations(page)).toEqual([])
  })
}
