import type { ServerProps } from 'payload'

import { documentText, eventText, pressReleaseText } from '@/i18n/admin/labels/collections'
import { inAdminLanguage, type Trilingual } from '@/i18n/admin/labels/text'
import { translationText } from '@/i18n/admin/labels/translation'
import { defaultLocale, isLocale, localeNames, type Locale } from '@/i18n/locales'
import { formatSince } from '@/lib/format/dates'
import { EDITORIAL_COLLECTIONS, type EditorialCollection } from '@/lib/pages/paths'
import { translationQueue, type QueueKind, type QueueList } from '@/lib/translation/queue'

const COLLECTION_NAMES: Record<EditorialCollection, Trilingual> = {
  'press-releases': pressReleaseText.labels.plural,
  events: eventText.labels.plural,
  documents: documentText.labels.plural,
}

const KIND_NAMES: Record<QueueKind, Trilingual> = {
  missing: translationText.missing,
  outdated: translationText.outdatedList,
}

/** The admin list of a collection filtered as the queue is: what misses a language, or is outdated in it. */
function listFilter(collection: EditorialCollection, kind: QueueKind, locale: Locale): string {
  const query =
    kind === 'outdated'
      ? `where[translations.${locale}.outdatedSince][exists]=true&sort=translations.${locale}.outdatedSince`
      : `locale=${locale}&where[title][exists]=false&sort=createdAt`
  return `/admin/collections/${collection}?${query}`
}

function Entries({
  list,
  kind,
  locale,
  language,
}: {
  list: QueueList
  kind: QueueKind
  locale: Locale
  language: Locale
}) {
  const heading = `${inAdminLanguage(KIND_NAMES[kind], language)} (${list.count})`
  return (
    <div data-queue={`${locale}-${kind}`}>
      <h4 style={{ margin: '0.5rem 0' }}>{heading}</h4>
      {list.entries.length === 0 ? (
        <p style={{ opacity: 0.75 }}>{inAdminLanguage(translationText.nothingWaits, language)}</p>
      ) : (
        <ol style={{ paddingLeft: '1.25rem', display: 'grid', gap: '0.35rem' }}>
          {list.entries.map((entry) => (
            <li key={`${entry.collection}-${entry.id}`}>
              <a href={`/admin/collections/${entry.collection}/${entry.id}?locale=${locale}`}>
                <span lang={entry.title?.locale}>{entry.title?.title ?? `#${entry.id}`}</span>
              </a>{' '}
              <span style={{ opacity: 0.75 }}>
                {entry.title && entry.title.locale !== language
                  ? `(${localeNames[entry.title.locale]}) `
                  : ''}
                — {inAdminLanguage(COLLECTION_NAMES[entry.collection], language)},{' '}
                {formatSince(entry.since, language)}
              </span>
            </li>
          ))}
        </ol>
      )}
      <p style={{ margin: '0.25rem 0 0.75rem' }}>
        {EDITORIAL_COLLECTIONS.map((collection) => (
          <a key={collection} href={listFilter(collection, kind, locale)} style={{ marginRight: '1.25rem' }}>
            {inAdminLanguage(COLLECTION_NAMES[collection], language)}
          </a>
        ))}
      </p>
    </div>
  )
}

/**
 * The dashboard's translation queue: per language, the texts missing it and those outdated in it, oldest first, with
 * their counts, each linked to its form in that language, and each list to the admin list filtered alike.
 */
export async function TranslationQueue({ payload, i18n }: ServerProps) {
  const language: Locale = isLocale(i18n?.language) ? i18n.language : defaultLocale
  const queues = await translationQueue(payload, 10)
  return (
    <section aria-labelledby="translation-queue" style={{ marginBottom: '2rem' }}>
      <h2 id="translation-queue" style={{ marginBottom: '0.75rem' }}>
        {inAdminLanguage(translationText.queue, language)}
      </h2>
      <div
        style={{
          display: 'grid',
          gap: '1.5rem',
          gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
        }}
      >
        {queues.map((queue) => (
          <section key={queue.locale} aria-label={localeNames[queue.locale]}>
            <h3 style={{ margin: 0 }}>
              {localeNames[queue.locale]}: {queue.missing.count + queue.outdated.count}
            </h3>
            <Entries list={queue.missing} kind="missing" locale={queue.locale} language={language} />
            <Entries list={queue.outdated} kind="outdated" locale={queue.locale} language={language} />
          </section>
        ))}
      </div>
    </section>
  )
}
