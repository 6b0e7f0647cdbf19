import { single, type ListQuery } from '@/lib/pages/listQuery'

import { SEARCHED_KINDS, type SearchFilters, type SearchKind } from './indexedMatches'

const isKind = (value: string | null | undefined): value is SearchKind =>
  SEARCHED_KINDS.some((kind) => kind === value)

/**
 * The filters of a search page's address: `kind`, `year`, `order=newest`. Anything else in them (a kind that does
 * not exist, a year of letters, a value given twice) means no filter rather than an error: the visitor still gets
 * results.
 */
export function searchFilters(query: ListQuery): SearchFilters {
  const kind = single(query.kind)
  const year = single(query.year)
  return {
    kind: isKind(kind) ? kind : null,
    year: year && /^\d{4}$/.test(year) ? Number(year) : null,
    order: single(query.order) === 'newest' ? 'newest' : 'relevance',
  }
}

/** The query string of a search with these filters, in the order every link writes it. */
export function filtersQuery(
  q: string,
  { kind, year, order }: SearchFilters,
): Record<string, string | undefined> {
  return {
    q,
    kind: kind ?? undefined,
    year: year === null ? undefined : String(year),
    order: order === 'newest' ? 'newest' : undefined,
  }
}
