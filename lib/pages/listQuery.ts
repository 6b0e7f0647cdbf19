import { parsePage } from './pagination'

/** A list page's query string, as Next.js gives it. */
export type ListQuery = Record<string, string | string[] | undefined>

/**
 * Which twin of a list this is (see server/publicRewrites.mjs): the cached page answers the bare address and must not touch
 * its query (reading it would make the page render on every request); `_query` answers addresses with a page number
 * or a filter, on request.
 */
export type ListVariant = 'cached' | 'query'

export async function listQuery(variant: ListVariant, searchParams: Promise<ListQuery>): Promise<ListQuery> {
  return variant === 'query' ? searchParams : {}
}

/** A filter's value given once as plain text; `undefined` when absent or empty, `null` when given twice (a 404). */
export function single(value: string | string[] | undefined): string | undefined | null {
  if (value === undefined || value === '') return undefined
  return typeof value === 'string' ? value : null
}

/**
 * The query of one page of a filtered list, in the order every link and canonical address writes it: the filters that
 * are set, then the page number beyond the first.
 */
export function pageQuery(
  filters: Record<string, string | undefined>,
  page: number | null,
): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [name, value] of Object.entries(filters)) if (value) query[name] = value
  if (page !== null && page > 1) query.page = String(page)
  return query
}

/** The query that makes a list's address a page of its own (for its canonical address): its filters and page. */
export function ownQuery(query: ListQuery, filters: readonly string[]): Record<string, string> {
  return pageQuery(
    Object.fromEntries(filters.map((name) => [name, single(query[name]) ?? undefined])),
    parsePage(query.page),
  )
}
