import type { ServerProps } from 'payload'

import { documentText, eventText, pressReleaseText } from '@/i18n/admin/labels/collections'
import { reviewText } from '@/i18n/admin/labels/publication'
import { inAdminLanguage, type Trilingual } from '@/i18n/admin/labels/text'
import { localeNames, locales, type Locale } from '@/i18n/locales'
import { EDITORIAL_COLLECTIONS, type EditorialCollection } from '@/lib/pages/paths'

const COLLECTION_NAMES: Record<EditorialCollection, Trilingual> = {
  'press-releases': pressReleaseText.labels.plural,
  events: eventText.labels.plural,
  documents: documentText.labels.plural,
}

interface Waiting {
  collection: EditorialCollection
  locale: Locale
  id: number
  title: string
}

/**
 * The dashboard's "awaiting review" panel: every text whose latest draft in some language was submitted and not yet
 * approved or sent back, linked to its edit form in that language.
 */
export async function AwaitingReview({ payload, i18n }: ServerProps) {
  const language = i18n?.language
  const found = await Promise.all(
    EDITORIAL_COLLECTIONS.flatMap((collection) =>
      locales.map(async (locale): Promise<Waiting[]> => {
        const { docs } = await payload.find({
          collection,
          locale,
          fallbackLocale: false,
          draft: true,
          where: { reviewState: { equals: 'submitted' } },
          sort: '-updatedAt',
          limit: 20,
          depth: 0,
        })
        return docs.map((doc) => ({ collection, locale, id: doc.id, title: doc.title ?? `#${doc.id}` }))
      }),
    ),
  )
  const waiting = found.flat()
  return (
    <section aria-labelledby="awaiting-review" className="awaiting-review" style={{ marginBottom: '2rem' }}>
      <h2 id="awaiting-review" style={{ marginBottom: '0.75rem' }}>
        {inAdminLanguage(reviewText.awaiting, language)} ({waiting.length})
      </h2>
      {waiting.length === 0 ? (
        <p>{inAdminLanguage(reviewText.nothingAwaits, language)}</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0, display: 'grid', gap: '0.5rem' }}>
          {waiting.map((item) => (
            <li key={`${item.collection}-${item.id}-${item.locale}`}>
              <a href={`/admin/collections/${item.collection}/${item.id}?locale=${item.locale}`}>
                {item.title}
              </a>{' '}
              <span style={{ opacity: 0.75 }}>
                — {inAdminLanguage(COLLECTION_NAMES[item.collection], language)}, {localeNames[item.locale]}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p style={{ marginTop: '0.75rem' }}>
        {EDITORIAL_COLLECTIONS.map((collection) => (
          <a
            key={collection}
            href={`/admin/collections/${collection}?where[reviewState][equals]=submitted`}
            style={{ marginRight: '1.25rem' }}
          >
            {inAdminLanguage(COLLECTION_NAMES[collection], language)}:{' '}
            {inAdminLanguage(reviewText.showAll, language)}
          </a>
        ))}
      </p>
    </section>
  )
}
