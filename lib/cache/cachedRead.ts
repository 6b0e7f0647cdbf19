import { unstable_cache } from 'next/cache'

import type { CacheTag } from './tags'

/**
 * A read of published content kept in Next.js's data cache until one of its tags is revalidated by a Payload hook
 * (collections/shared/hooks/revalidateOnChange.ts). Outside Next.js (seed scripts, integration tests) nothing is cached and
 * the read goes straight to the database. `refreshEvery` is for reads that depend on the clock, not on content.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  tags: readonly CacheTag[],
  read: (...args: Args) => Promise<Result>,
  refreshEvery?: number,
): (...args: Args) => Promise<Result> {
  const cached = unstable_cache(read, [name], { tags: [...tags], revalidate: refreshEvery ?? false })
  return (...args) => (process.env.NEXT_RUNTIME ? cached(...args) : read(...args))
}
