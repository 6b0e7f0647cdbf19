/** A list page's query string, as Next.js gives it. */
export type ListQuery = Record<string, string | string[] | undefined>

/**
 * Which twin of a list this is (see publicRoutes.mjs): the cached page answers the bare address and must not touch
 * its query (reading it would make the page render on every request); `_query` answers addresses with a page number
 * or a filter, on request.
 */
export type ListVariant = 'cached' | 'query'

export async function listQuery(variant: ListVariant, searchParams: Promise<ListQuery>): Promise<ListQuery> {
  return variant === 'query' ? searchParams : {}
}
