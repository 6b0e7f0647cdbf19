import type { Payload, Where } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { EDITORIAL_COLLECTIONS, type EditorialCollection } from '@/lib/pages/paths'

import { shownTitle, type ShownTitle } from './shownTitle'

export type QueueKind = 'missing' | 'outdated'

export interface QueueEntry {
  collection: EditorialCollection
  id: number
  /** The title in a language the text has, marked with that language. */
  title: ShownTitle | null
  /** Since when it waits: the text's creation (missing) or its source's significant change (outdated). */
  since: string
}

export interface QueueList {
  count: number
  /** The oldest first, at most the limit asked for. */
  entries: QueueEntry[]
}

export type LanguageQueue = { locale: Locale } & Record<QueueKind, QueueList>

/**
 * What waits for a translator of each language: the texts whose latest draft has no title in it, and those marked
 * outdated in it. The same conditions are the admin list's filters (`queueFilter`), and REST answers them alike.
 */
export function queueFilter(kind: QueueKind, locale: Locale): Where {
  if (kind === 'outdated') return { [`translations.${locale}.outdatedSince`]: { exists: true } }
  return { or: [{ title: { exists: false } }, { title: { equals: '' } }] }
}

const sortOf = (kind: QueueKind, locale: Locale) =>
  kind === 'outdated' ? `translations.${locale}.outdatedSince` : 'createdAt'

async function waiting(
  payload: Payload,
  collection: EditorialCollection,
  kind: QueueKind,
  locale: Locale,
  limit: number,
) {
  const found = await payload.find({
    collection,
    locale,
    fallbackLocale: false,
    draft: true,
    where: queueFilter(kind, locale),
    sort: sortOf(kind, locale),
    limit,
    depth: 0,
    select: { createdAt: true, translations: true },
  })
  const entries = found.docs.map((doc) => ({
    id: doc.id,
    since: (kind === 'outdated' ? doc.translations?.[locale]?.outdatedSince : doc.createdAt) ?? doc.createdAt,
  }))
  return { count: found.totalDocs, entries }
}

/** The titles of the listed texts, read once per collection in every language. */
async function titlesOf(payload: Payload, collection: EditorialCollection, ids: number[], locale: Locale) {
  if (ids.length === 0) return new Map<number, ShownTitle | null>()
  const { docs } = await payload.find({
    collection,
    locale: 'all',
    draft: true,
    where: { id: { in: ids } },
    limit: ids.length,
    depth: 0,
    select: { title: true, sourceLanguage: true },
  })
  // With locale 'all', localized values come back keyed by language.
  return new Map(
    docs.map((doc) => [
      doc.id,
      shownTitle(doc.title as unknown as Partial<Record<Locale, string>>, locale, doc.sourceLanguage),
    ]),
  )
}

/** The translation queue of every language, `limit` entries of each list, across releases, events and documents. */
export async function translationQueue(payload: Payload, limit = 10): Promise<LanguageQueue[]> {
  return Promise.all(
    locales.map(async (locale) => {
      const lists = await Promise.all(
        (['missing', 'outdated'] as const).map(async (kind): Promise<QueueList> => {
          const perCollection = await Promise.all(
            EDITORIAL_COLLECTIONS.map(async (collection) => {
              const { count, entries } = await waiting(payload, collection, kind, locale, limit)
              const titles = await titlesOf(
                payload,
                collection,
                entries.map((entry) => entry.id),
                locale,
              )
              return {
                count,
                entries: entries.map((entry) => ({
                  ...entry,
                  collection,
                  title: titles.get(entry.id) ?? null,
                })),
              }
            }),
          )
          const entries = perCollection
            .flatMap((list) => list.entries)
            .sort((a, b) => Date.parse(a.since) - Date.parse(b.since))
            .slice(0, limit)
          return { count: perCollection.reduce((sum, list) => sum + list.count, 0), entries }
        }),
      )
      const [missing, outdated] = lists as [QueueList, QueueList]
      return { locale, missing, outdated }
    }),
  )
}
