import { expect, type Page, test } from '@playwright/test'

import { LARGEST_HIGH_CONTRAST, useLowVision } from '../helpers/lowVision'
import { ONE_PAGE_PER_TYPE, RELEASE } from '../helpers/publicPages'

const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  for (const { type, locale, path } of ONE_PAGE_PER_TYPE) {
    test(`the ${type} page in ${locale} never scrolls sideways, even at double text size`, async ({
      page,
      context,
      baseURL,
    }) => {
      await page.goto(path)
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
      await useLowVision(context, baseURL!, LARGEST_HIGH_CONTRAST)
      await page.reload()
      await expect(page.locator('html')).toHaveAttribute('data-text-size', '200')
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
    })
  }
})

test('a printed release leaves out the navigation and shows where its links lead', async ({
  page,
  baseURL,
}) => {
  await page.goto(`/en/press-releases/${RELEASE}`)
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  for (const hidden of [
    page.getByRole('navigation', { name: 'Main menu' }),
    page.getByRole('navigation', { name: 'Breadcrumb' }),
    page.getByRole('search').first(),
    page.getByRole('region', { name: 'Share' }),
    page.getByRole('button', { name: 'Version for the visually impaired' }),
  ]) {
    await expect(hidden).toBeHidden()
  }
  const topic = page.getByRole('region', { name: 'Topics' }).getByRole('link').first()
  const href = await topic.getAttribute('href')
  const printed = await topic.evaluate((link) => getComputedStyle(link, '::after').content)
  expect(printed).toContain(`${baseURL}${href}`)
  const photo = page.getByRole('region', { name: 'Images' }).getByRole('link').first()
  expect(await photo.evaluate((link) => getComputedStyle(link, '::after').content)).toBe('none')
})

test('motion stops for visitors who ask for less of it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await page.goto(`/en/press-releases/${RELEASE}`)
  const thumbnail = page.getByRole('region', { name: 'Images' }).locator('img').first()
  const duration = await thumbnail.evaluate((image) => parseFloat(getComputedStyle(image).transitionDuration))
  expect(duration).toBeLessThan(0.01)
})
