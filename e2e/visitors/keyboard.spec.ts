import { expect, test } from '@playwright/test'

import { LOW_VISION_LABEL } from '../helpers/lowVision'

test('the skip link is the first stop and leads past the header to the main content', async ({ page }) => {
  await page.goto('/kk/press-releases')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Негізгі мазмұнға өту' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  // The next stop is inside the main content, not back in the header.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('main').locator(':focus')).toHaveCount(1)
})

test('Tab reaches the header controls in order, each with a visible focus ring', async ({ page }) => {
  await page.goto('/en')
  const stops = [
    page.getByRole('link', { name: 'Skip to main content' }),
    page.getByRole('link', { name: /^Ministry of Foreign Affairs of the Republic of Kazakhstan/ }),
    page.getByRole('button', { name: LOW_VISION_LABEL.en }),
    page.getByRole('link', { name: 'Қазақша' }),
    page.getByRole('link', { name: 'Русский' }),
    page.getByRole('searchbox', { name: 'Search query' }).first(),
    page.getByRole('button', { name: 'Search', exact: true }).first(),
  ]
  for (const stop of stops) {
    await page.keyboard.press('Tab')
    await expect(stop).toBeFocused()
    await expect(stop).not.toHaveCSS('outline-style', 'none')
  }
})

test('the version for the visually impaired is switched on and off from the keyboard', async ({ page }) => {
  await page.goto('/ru/events')
  await page.getByRole('button', { name: LOW_VISION_LABEL.ru }).focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/ru\/events$/)
  const settings = page.getByRole('region', { name: LOW_VISION_LABEL.ru })
  await settings.getByRole('button', { name: 'Обычная версия' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: LOW_VISION_LABEL.ru })).toBeVisible()
})
