import { isSlug } from '@/fields/slug'
import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { payloadClient } from '@/lib/config/payloadClient'
import type { EditorialCollection } from '@/lib/pages/paths'

/**
 * The languages a release, event or document is published in: each language has its own status, so a release may be public
 * in Kazakh while its English text is still a draft. One query for all languages.
 */
export const languagesOf = cachedRead(
  'languagesOf',
  [CACHE_TAGS.pressReleases, CACHE_TAGS.events, CACHE_TAGS.documents],
  async (collection: EditorialCollection, slug: string): Promise<Locale[]> => {
    if (!isSlug(slug)) return []
    const payload = await payloadClient()
    const found = await payload.find({
      collection,
      locale: 'all',
      overrideAccess: false,
      where: { slug: { equals: slug } },
      select: { _status: true },
      limit: 1,
      pagination: false,
      depth: 0,
    })
    // With locale 'all', a localized field comes back as an object keyed by language.
    const status = found.docs[0]?._status as unknown as Partial<Record<Locale, string>> | undefined
    if (!status) return []
    return locales.filter((locale) => status[locale] === 'published')
  },
)
