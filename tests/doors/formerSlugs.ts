// A text whose slug an editor corrects keeps its former addresses, per language, as redirects; the sitemap lists
// only the address it has now.
import { expect, it } from 'vitest'

import { WITHOUT_REVIEW } from '@/e2e/helpers/withoutReview'
import type { Locale } from '@/i18n/locales'

import { publishedRelease, restAs } from './staffRest'
import type { SecurityContext } from '../security/context'

export function formerSlugTests(context: () => SecurityContext) {
  const currentSlug = async (locale: Locale, slug: string) => {
    const { currentSlug: read } = await import('@/lib/reads/formerSlugs')
    return read('press-releases', locale, slug)
  }

  it('lead to the address a release has now, in each language it is published in, however often it moved', async () => {
    const editor = await restAs(context(), 'editor')
    const release = await publishedRelease(context())
    const [first, second, third] = [`${release.slug}-a`, `${release.slug}-b`, `${release.slug}-c`] as const
    const move = async (slug: string, locale: Locale = 'kk', draft = false) => {
      const answer = await editor('PATCH', `/press-releases/${release.id}?locale=${locale}&draft=${draft}`, {
        json: { slug, ...(draft ? {} : { _status: 'published', ...WITHOUT_REVIEW }) },
      })
      expect(answer.status, await answer.clone().text()).toBe(200)
    }
    await move(first)
    expect(await currentSlug('kk', release.slug)).toBe(first)
    // Not public in Russian: no redirect tells of it there.
    expect(await currentSlug('ru', release.slug)).toBeNull()

    await move(second)
    expect(await currentSlug('kk', release.slug)).toBe(second)
    expect(await currentSlug('kk', first)).toBe(second)

    // A draft's slug is not an address yet: nothing moves until it is published.
    await move(third, 'kk', true)
    expect(await currentSlug('kk', second)).toBeNull()
    expect(await currentSlug('kk', first)).toBe(second)

    // Back to an address it had: that one is the page again, the others lead to it.
    await move(release.slug)
    expect(await currentSlug('kk', release.slug)).toBeNull()
    expect(await currentSlug('kk', second)).toBe(release.slug)
    expect(await currentSlug('kk', third)).toBeNull()

    const { sitemapContent } = await import('@/lib/metadata/sitemapContent')
    const { sitemapEntries, sitemapParts } = await import('@/lib/metadata/sitemapParts')
    const urls = sitemapParts(await sitemapContent())
      .flatMap(sitemapEntries)
      .map((entry) => entry.url)
    expect(urls.filter((url) => url.includes(release.slug))).toEqual([
      expect.stringMatching(new RegExp(`/kk/press-releases/${release.slug}$`)),
    ])
  })

  it('are forgotten with the release, and never readable through REST', async () => {
    const admin = await restAs(context(), 'admin')
    const release = await publishedRelease(context())
    const moved = `${release.slug}-moved`
    await context().payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'kk',
      data: { slug: moved, _status: 'published' },
    })
    expect(await currentSlug('kk', release.slug)).toBe(moved)
    expect((await admin('GET', '/former-slugs')).status).toBe(403)
    expect((await admin('POST', '/former-slugs', { json: { slug: 'x' } })).status).toBe(403)

    await context().payload.delete({ collection: 'press-releases', id: release.id })
    expect(await currentSlug('kk', release.slug)).toBeNull()
    const left = await context().payload.count({
      collection: 'former-slugs',
      where: { documentId: { equals: release.id } },
    })
    expect(left.totalDocs).toBe(0)
  })
}
