import type { Locale } from '@/i18n/locales'
import { payloadClient } from '@/lib/config/payloadClient'

import { findSearchMatches, type SearchFilters, type SearchMatch } from './indexedMatches'
import { queryTerms } from './queryTerms'

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
  transliterated: boolean
}

/** No filter, the best match first: what a search from a page's header asks for. */
export const EVERYTHING: SearchFilters = { kind: null, year: null, order: 'relevance' }

/** A document as Payload reads it, before the index's word on how it was found. */
type FoundDocument = Omit<SearchHit, 'transliterated'>

/**
 * Published releases, events and documents in this language that hold the query's words in any form, best match first
 * unless the filters ask for the newest. `words` are already folded (lib/search/foldText.ts). The index finds one
 * page of matches; Payload reads them as a visitor would.
 */
export async function searchSite(
  locale: Locale,
  words: string[],
  page: number,
  filters: SearchFilters = EVERYTHING,
) {
  const payload = await payloadClient()
  const { matches, total, perKind, span } = await findSearchMatches(
    payload,
    locale,
    queryTerms(words, locale),
    filters,
    (page - 1) * RESULTS_PER_PAGE,
    RESULTS_PER_PAGE,
  )
  const idsOf = (kind: SearchMatch['kind']) =>
    matches.filter((match) => match.kind === kind).map((match) => match.id)
  const asVisitor = {
    locale,
    fallbackLocale: false as const,
    overrideAccess: false,
    depth: 0,
    pagination: false,
  }
  const fields = { slug: true, title: true, summary: true } as const

  const releases = async (ids: number[]): Promise<FoundDocument[]> => {
    if (ids.length === 0) return []
    const { docs } = await payload.find({
      collection: 'press-releases',
      ...asVisitor,
      where: { id: { in: ids } },
      select: { ...fields, publishedAt: true },
    })
    return docs.map(({ publishedAt, ...doc }) => ({ kind: 'press-release', ...doc, date: publishedAt }))
  }
  const events = async (ids: number[]): Promise<FoundDocument[]> => {
    if (ids.length === 0) return []
    const { docs } = await payload.find({
      collection: 'events',
      ...asVisitor,
      where: { id: { in: ids } },
      select: { ...fields, startsAt: true },
    })
    return docs.map(({ startsAt, ...doc }) => ({ kind: 'event', ...doc, date: startsAt }))
  }

  const documents = async (ids: number[]): Promise<FoundDocument[]> => {
    if (ids.length === 0) return []
    const { docs } = await payload.find({
      collection: 'documents',
      ...asVisitor,
      where: { id: { in: ids } },
      select: { ...fields, signedAt: true },
    })
    return docs.map(({ signedAt, summary, ...doc }) => ({
      kind: 'document',
      ...doc,
      summary: summary ?? '',
      date: signedAt,
    }))
  }

  const read = (
    await Promise.all([
      releases(idsOf('press-release')),
      events(idsOf('event')),
      documents(idsOf('document')),
    ])
  ).flat()
  const found = new Map(read.map((hit) => [`${hit.kind} ${hit.id}`, hit]))
  return {
    // In the index's order; anything access control withholds is left out.
    hits: matches.flatMap((match): SearchHit[] => {
      const hit = found.get(`${match.kind} ${match.id}`)
      return hit ? [{ ...hit, transliterated: match.transliterated }] : []
    }),
    total,
    perKind,
    span,
    totalPages: Math.min(MAX_RESULT_PAGE, Math.ceil(total / RESULTS_PER_PAGE)),
  }
}
