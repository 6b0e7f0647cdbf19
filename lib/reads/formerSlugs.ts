import { isSlug } from '@/fields/slug'
import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { payloadClient } from '@/lib/config/payloadClient'
import type { EditorialCollection } from '@/lib/pages/paths'

import { asVisitorIn } from './asVisitor'

/**
 * The address a text has now, for one it had before (collections/FormerSlugs): null when the slug never was one, or
 * when the text is no longer public in this language. Former addresses are the site's own records; the text is read
 * as a visitor, so that a redirect never tells of an unpublished one.
 */
export const currentSlug = cachedRead(
  'currentSlug',
  [CACHE_TAGS.pressReleases, CACHE_TAGS.events, CACHE_TAGS.documents],
  async (collection: EditorialCollection, locale: Locale, formerSlug: string): Promise<string | null> => {
    if (!isSlug(formerSlug)) return null
    const payload = await payloadClient()
    const former = await payload.find({
      collection: 'former-slugs',
      where: { collectionSlug: { equals: collection }, slug: { equals: formerSlug } },
      limit: 1,
      pagination: false,
      depth: 0,
    })
    const documentId = former.docs[0]?.documentId
    if (documentId === undefined) return null
    const found = await payload.find({
      collection,
      ...asVisitorIn(locale),
      where: { id: { equals: documentId } },
      select: { slug: true },
      limit: 1,
      pagination: false,
      depth: 0,
    })
    const slug = found.docs[0]?.slug
    return slug && slug !== formerSlug ? slug : null
  },
)
