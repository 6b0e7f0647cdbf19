// A release shared under one address keeps working there after an editor corrects its slug: the old address sends
// readers and search engines on, permanently, in each language the release is published in.
import { expect, test } from '@playwright/test'

import { paragraphsToRichText } from '../../seed/richText'
import { deleteRelease, draftRelease, publishRelease } from '../helpers/releases'
import { wholeSitemap } from '../helpers/sitemap'
import { staffAuthorization } from '../helpers/staff'
import { WITHOUT_REVIEW } from '../helpers/withoutReview'

test('an old address of a release answers 308 to its current one, per language; the sitemap lists the current one', async ({
  page,
  request,
}) => {
  const headers = await staffAuthorization(request)
  const release = await draftRelease(request, headers, 'kk', {
    title: `Бұрынғы мекенжай ${test.info().parallelIndex}`,
    summary: 'Қысқаша',
    body: 'Мәтін',
  })
  try {
    await publishRelease(request, headers, release.id, 'kk')
    const translated = await request.patch(`/api/press-releases/${release.id}?locale=ru`, {
      headers,
      data: {
        title: 'Прежний адрес',
        summary: 'Кратко',
        body: paragraphsToRichText(['Текст']),
        _status: 'published',
        ...WITHOUT_REVIEW,
      },
    })
    expect(translated.ok(), await translated.text()).toBe(true)
    const corrected = `${release.slug}-corrected`
    const moved = await request.patch(`/api/press-releases/${release.id}?locale=kk`, {
      headers,
      data: { slug: corrected, _status: 'published', ...WITHOUT_REVIEW },
    })
    expect(moved.ok(), await moved.text()).toBe(true)

    for (const locale of ['kk', 'ru']) {
      const old = await request.get(`/${locale}/press-releases/${release.slug}`, { maxRedirects: 0 })
      expect(old.status(), locale).toBe(308)
      expect(old.headers().location, locale).toBe(`/${locale}/press-releases/${corrected}`)
      const image = await request.get(`/${locale}/press-releases/${release.slug}/share-image.png`, {
        maxRedirects: 0,
      })
      expect(image.status(), locale).toBe(308)
    }
    // Not published in English: no redirect tells of it there.
    expect((await request.get(`/en/press-releases/${release.slug}`, { maxRedirects: 0 })).status()).toBe(404)

    await page.goto(`/ru/press-releases/${release.slug}`)
    await expect(page).toHaveURL(new RegExp(`/ru/press-releases/${corrected}$`))
    await expect(page.getByRole('heading', { level: 1, name: 'Прежний адрес' })).toBeVisible()

    const sitemap = await wholeSitemap(request)
    expect(sitemap).toContain(`/press-releases/${corrected}<`)
    expect(sitemap).not.toContain(`/press-releases/${release.slug}<`)
  } finally {
    await deleteRelease(request, headers, release.id)
  }
})
