import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import type { DeepPartial } from 'ts-essentials'

import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'

type SluggedCollection = 'press-releases' | 'events' | 'documents' | 'topics'

/** Seeding never revalidates pages: there is no request to revalidate for. */
export const SEED_CONTEXT = { disableRevalidate: true }

/**
 * Creates or updates the document with this slug, published, with its texts in every language.
 * Running it again gives the same document, so the seed is idempotent.
 */
export async function upsertBySlug<S extends SluggedCollection>(
  payload: Payload,
  collection: S,
  slug: string,
  dataIn: (locale: Locale) => RequiredDataFromCollectionSlug<S>,
): Promise<number> {
  const existing = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
  })
  let id = existing.docs[0]?.id
  for (const locale of locales) {
    const data = { ...dataIn(locale), _status: 'published' as const }
    if (id === undefined) {
      const created = await payload.create({ collection, locale, data, context: SEED_CONTEXT })
      id = created.id
    } else {
      // Data complete enough to create a document is a valid update; TypeScript cannot see that through S.
      const update = data as DeepPartial<RequiredDataFromCollectionSlug<S>>
      await payload.update({ collection, id, locale, data: update, context: SEED_CONTEXT })
    }
  }
  if (id === undefined) throw new Error(`Seeding ${collection}/${slug} created nothing`)
  return id
}
