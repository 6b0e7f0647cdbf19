import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { payloadClient } from '@/lib/config/payloadClient'
import { almatyYear } from '@/lib/format/dates'
import type { EditorialCollection } from '@/lib/pages/paths'
import { asVisitorIn, listedIn } from '@/lib/reads/asVisitor'

/**
 * A published release, event or document: the languages a visitor can read it in, when it last changed, and the year
 * of its date (in Astana), by which the sitemap files it.
 */
export interface PublishedDocument {
  slug: string
  languages: Locale[]
  updatedAt: string
  year: number
}

/** The date a text is known by: a release's publication, an event's start, a document's signing. */
const DATED_BY = {
  'press-releases': 'publishedAt',
  events: 'startsAt',
  documents: 'signedAt',
} as const satisfies Record<EditorialCollection, string>

/**
 * Every release, event or document a visitor can read, with its languages. Read as the lists read it, once per
 * language: as a visitor (access control applied) and without text borrowed from another language.
 */
export async function publishedDocuments(collection: EditorialCollection): Promise<PublishedDocument[]> {
  const payload = await payloadClient()
  const dateField = DATED_BY[collection]
  const perLanguage = await Promise.all(
    locales.map(async (locale) => {
      const found = await payload.find({
        collection,
        ...asVisitorIn(locale),
        where: listedIn,
        select: { slug: true, updatedAt: true, [dateField]: true },
        sort: 'slug',
        pagination: false,
        depth: 0,
      })
      return { locale, docs: found.docs }
    }),
  )
  const bySlug = new Map<string, PublishedDocument>()
  for (const { locale, docs } of perLanguage) {
    for (const doc of docs) {
      const known = bySlug.get(doc.slug)
      if (known) known.languages.push(locale)
      else {
        // The field is chosen per collection, which the union of the three documents' types cannot follow.
        const date = (doc as unknown as Record<typeof dateField, string>)[dateField]
        bySlug.set(doc.slug, {
          slug: doc.slug,
          languages: [locale],
          updatedAt: doc.updatedAt,
          year: almatyYear(date),
        })
      }
    }
  }
  return [...bySlug.values()]
}

export interface SitemapContent {
  pressReleases: PublishedDocument[]
  events: PublishedDocument[]
  documents: PublishedDocument[]
}

export const sitemapContent = cachedRead(
  'sitemapContent',
  [CACHE_TAGS.pressReleases, CACHE_TAGS.events, CACHE_TAGS.documents],
  async (): Promise<SitemapContent> => {
    const [pressReleases, events, documents] = await Promise.all([
      publishedDocuments('press-releases'),
      publishedDocuments('events'),
      publishedDocuments('documents'),
    ])
    return { pressReleases, events, documents }
  },
)
