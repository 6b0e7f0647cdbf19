import type { Where } from 'payload'

import type { Locale } from '@/i18n/locales'

import { payloadClient } from './payload'

export const RESULTS_PER_PAGE = 10
/** Deeper pages would only make each query longer; nobody reads 50 pages of results. */
export const MAX_RESULT_PAGE = 50

export interface SearchHit {
  kind: 'press-release' | 'event'
  id: number
  slug: string
  title: string
  summary: string
  date: string
}

/**
 * Published releases and events in this language that contain every word, newest first. `words` are already folded
 * (lib/searchText.ts), and so is each document's `searchText`; `contains` then matches in any script on both engines.
 */
export async function searchSite(locale: Locale, words: string[], page: number) {
  const where: Where = {
    and: [{ title: { exists: true } }, ...words.map((word) => ({ searchText: { contains: word } }))],
  }
  // Both lists are merged by date, so each must supply everything up to the end of the requested page.
  const take = page * RESULTS_PER_PAGE
  const asVisitor = {
    locale,
    fallbackLocale: false as const,
    overrideAccess: false,
    depth: 0,
    limit: take,
    where,
  }
  const payload = await payloadClient()
  const [releases, events] = await Promise.all([
    payload.find({
      collection: 'press-releases',
      ...asVisitor,
      sort: '-publishedAt',
      select: { slug: true, title: true, summary: true, publishedAt: true },
    }),
    payload.find({
      collection: 'events',
      ...asVisitor,
      sort: '-startsAt',
      select: { slug: true, title: true, summary: true, startsAt: true },
    }),
  ])
  const hits: SearchHit[] = [
    ...releases.docs.map((doc) => ({
      kind: 'press-release' as const,
      id: doc.id,
      slug: doc.slug,
      title: doc.title,
      summary: doc.summary,
      date: doc.publishedAt,
    })),
    ...events.docs.map((doc) => ({
      kind: 'event' as const,
      id: doc.id,
      slug: doc.slug,
      title: doc.title,
      summary: doc.summary,
      date: doc.startsAt,
    })),
  ].sort((a, b) => b.date.localeCompare(a.date))
  const total = releases.totalDocs + events.totalDocs
  return {
    hits: hits.slice((page - 1) * RESULTS_PER_PAGE, take),
    total,
    totalPages: Math.min(MAX_RESULT_PAGE, Math.ceil(total / RESULTS_PER_PAGE)),
  }
}
