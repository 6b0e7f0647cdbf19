import type { CollectionSlug, GlobalSlug } from 'payload'

/**
 * What the public site caches, one tag per kind of content. A tag covers every page that shows any of it: a
 * release's own page, the lists, the home page, feeds and the sitemap. A change to one release therefore refreshes
 * all release pages, which is cheap (a cache miss is one round of queries) and cannot miss a page: the old address
 * after a slug change, the other languages, a related-release card on another release's page.
 */
export const CACHE_TAGS = {
  pressReleases: 'press-releases',
  events: 'events',
  documents: 'documents',
  topics: 'topics',
  site: 'site',
} as const
export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS]

export const ALL_CACHE_TAGS: readonly CacheTag[] = Object.values(CACHE_TAGS)

/**
 * The tags a change to a collection or global makes stale: topics appear on release, event and document pages, images
 * on release and event pages, and a document's page gives its PDF's size.
 */
export const STALE_AFTER_CHANGE = {
  'press-releases': [CACHE_TAGS.pressReleases],
  events: [CACHE_TAGS.events],
  documents: [CACHE_TAGS.documents],
  topics: [CACHE_TAGS.topics, CACHE_TAGS.pressReleases, CACHE_TAGS.events, CACHE_TAGS.documents],
  media: [CACHE_TAGS.pressReleases, CACHE_TAGS.events, CACHE_TAGS.documents],
  site: [CACHE_TAGS.site],
} as const satisfies Partial<Record<CollectionSlug | GlobalSlug, readonly CacheTag[]>>

export function isCacheTag(value: unknown): value is CacheTag {
  return typeof value === 'string' && (ALL_CACHE_TAGS as readonly string[]).includes(value)
}
