import { expect, test } from '@playwright/test'

import { paragraphsToRichText } from '../../seed/richText'
import { staffAuthorization } from '../helpers/staff'
import { WITHOUT_REVIEW } from '../helpers/withoutReview'

const SLUG = 'consular-reception-hours-changed'

test.describe('a release published in Kazakh only', () => {
  test.beforeAll(async ({ request }) => {
    const headers = await staffAuthorization(request)
    const existing = await request.get(`/api/press-releases?where[slug][equals]=${SLUG}&draft=true`, {
      headers,
    })
    if (((await existing.json()) as { totalDocs: number }).totalDocs > 0) return
    const response = await request.post('/api/press-releases?locale=kk', {
      headers,
      data: {
        slug: SLUG,
        title: 'Консулдық қабылдау кестесі өзгерді',
        summary: 'Министрліктің консулдық қызметі азаматтарды қабылдаудың жаңа кестесін хабарлайды.',
        body: paragraphsToRichText([
          'Консулдық қызмет азаматтарды дүйсенбі мен бейсенбі күндері 09:00-ден 13:00-ге дейін қабылдайды.',
        ]),
        publishedAt: new Date().toISOString(),
        _status: 'published',
        ...WITHOUT_REVIEW,
      },
    })
    expect(response.status()).toBe(201)
  })

  test('is listed in Kazakh only', async ({ page }) => {
    await page.goto('/kk/press-releases')
    await expect(page.getByRole('link', { name: 'Консулдық қабылдау кестесі өзгерді' })).toBeVisible()
    await page.goto('/en/press-releases')
    await expect(page.getByRole('main').getByRole('article').first()).toBeVisible()
    await expect(page.getByRole('main')).not.toContainText('Консулдық қабылдау')
  })

  test('its Kazakh page says, in the switcher, that there is no English or Russian text', async ({
    page,
  }) => {
    await page.goto(`/kk/press-releases/${SLUG}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Консулдық қабылдау кестесі өзгерді')
    const switcher = page.getByRole('navigation', { name: 'Тіл' })
    await expect(switcher.getByRole('link')).toHaveCount(0)
    await expect(switcher.locator('p[lang="en"]')).toHaveText('Not available in English')
    await expect(switcher.locator('p[lang="ru"]')).toHaveText('Нет на русском языке')
    await expect(page.locator('head link[hreflang="en"]')).toHaveCount(0)
    await expect(page.locator('head link[hreflang="kk"]')).toHaveCount(1)
  })

  test('its English address says where it can be read, never with an empty title', async ({ page }) => {
    await page.goto(`/en/press-releases/${SLUG}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This text is not available in English')
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/)
    await page.getByRole('main').getByRole('link', { name: 'Қазақша' }).click()
    await expect(page).toHaveURL(new RegExp(`/kk/press-releases/${SLUG}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Консулдық қабылдау кестесі өзгерді')
  })
})
