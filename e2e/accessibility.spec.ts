import { expect, test } from '@playwright/test'

import { wcagViolations } from './helpers/axe'
import { PUBLIC_PAGES } from './helpers/publicPages'

for (const { type, locale, path } of PUBLIC_PAGES) {
  test(`the ${type} page in ${locale} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await wcagViolations(page)).toEqual([])
  })
}
