import type { Locale } from '@/i18n/locales'

import { payloadClient } from './payload'
import { findSearchMatches, type SearchMatch } from './searchMatches'

export const RESULTS_PER_PAGE = 10
/** Deeper pages would only make each query longer; nobody reads 50 pages of results. */
export const MAX_RESULT_PAGE = 50

export interface SearchHit {
  kind: SearchMatch['kind']
  id: number
  slug: string
  title: string
  summary: string
  date: string
}

/**
 * Published releases and events in this language that contain every word, newest first. `words` are already folded
 * (lib/searchText.ts). The index finds one page of matches; Payload reads them as a visitor would.
 */
export async function searchSite(locale: Locale, words: string[], page: number) {
  const payload = await payloadClient()
  const { matches, total } = await findSearchMatches(
    payload,
    locale,
    words,
    (page - 1) * RESULTS_PER_PAGE,
    RESULTS_PER_PAGE,
  )
  const idsOf = (kind: SearchMatch['kind']) =>
    matches.filter((match) => match.kind === kind).map((match) => match.id)
  const releaseIds = idsOf('press-release')
  const eventIds = idsOf('event')
  const asVisitor = {
    locale,
    fallbackLocale: false as const,
    overrideAccess: false,
    depth: 0,
    pagination: false,
  }
  const [releases, events] = await Promise.all([
    releaseIds.length === 0
      ? []
      : payload
          .find({
            collection: 'press-releases',
            ...asVisitor,
            where: { id: { in: releaseIds } },
            select: { slug: true, title: true, summary: true, publishedAt: true },
          })
          .then((result) => result.docs),
    eventIds.length === 0
      ? []
      : payload
          .find({
            collection: 'events',
            ...asVisitor,
            where: { id: { in: eventIds } },
            select: { slug: true, title: true, summary: true, startsAt: true },
          })
          .then((result) => result.docs),
  ])
  const found = new Map<string, SearchHit>()
  for (const doc of releases) {
    found.set(`press-release ${doc.id}`, {
      kind: 'press-release',
      id: doc.id,
      slug: doc.slug,
      title: doc.title,
      summary: doc.summary,
      date: doc.publishedAt,
    })
  }
  for (const doc of events) {
    found.set(`event ${doc.id}`, {
      kind: 'event',
      id: doc.id,
      slug: doc.slug,
      title: doc.title,
      summary: doc.summary,
      date: doc.startsAt,
    })
  }
  return {
    // In the index's order; anything access control withholds is left out.
    hits: matches.flatMap((match) => found.get(`${match.kind} ${match.id}`) ?? []),
    total,
    totalPages: Math.min(MAX_RESULT_PAGE, Math.ceil(total / RESULTS_PER_PAGE)),
  }
}
