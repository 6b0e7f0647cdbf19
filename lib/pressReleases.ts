import type { PaginatedDocs, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { PressRelease } from '@/payload-types'

import { almatyYear, almatyYearRange } from './dates'
import { CACHE_TAGS } from './cacheTags'
import { cachedRead } from './cachedRead'
import { payloadClient } from './payload'

export const RELEASES_PER_PAGE = 9

// Every read is a visitor's: access control applied, and no text borrowed from another language.
const asVisitorIn = (locale: Locale) => ({ locale, fallbackLocale: false as const, overrideAccess: false })
const existsIn: Where = { title: { exists: true } }

/** What a release card shows: lists read this much and no more (no gallery, topics or related releases). */
export const CARD_FIELDS = {
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  heroImage: true,
} as const
export type PressReleaseCardData = Pick<PressRelease, 'id' | keyof typeof CARD_FIELDS>

export const latestPressReleases = cachedRead(
  'latestPressReleases',
  [CACHE_TAGS.pressReleases],
  async (locale: Locale, limit: number): Promise<PressReleaseCardData[]> => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'press-releases',
      ...asVisitorIn(locale),
      where: existsIn,
      sort: '-publishedAt',
      limit,
      // No page count: it would count the whole archive.
      pagination: false,
      depth: 1,
      select: CARD_FIELDS,
    })
    return result.docs
  },
)

export interface ReleaseFilters {
  page: number
  topicId?: number
  year?: number
}

export const pressReleasesPage = cachedRead(
  'pressReleasesPage',
  [CACHE_TAGS.pressReleases],
  async (
    locale: Locale,
    { page, topicId, year }: ReleaseFilters,
  ): Promise<PaginatedDocs<PressReleaseCardData>> => {
    const conditions: Where[] = [existsIn]
    if (topicId !== undefined) conditions.push({ topics: { in: [topicId] } })
    if (year !== undefined) {
      const { start, end } = almatyYearRange(year)
      conditions.push({ publishedAt: { greater_than_equal: start } }, { publishedAt: { less_than: end } })
    }
    const payload = await payloadClient()
    return payload.find({
      collection: 'press-releases',
      ...asVisitorIn(locale),
      where: { and: conditions },
      sort: '-publishedAt',
      page,
      limit: RELEASES_PER_PAGE,
      depth: 1,
      select: CARD_FIELDS,
    })
  },
)

/** The years, newest first, from the newest release back to the oldest one in this language. */
export const pressReleaseYears = cachedRead(
  'pressReleaseYears',
  [CACHE_TAGS.pressReleases],
  async (locale: Locale): Promise<number[]> => {
    const payload = await payloadClient()
    const [newest, oldest] = await Promise.all(
      (['-publishedAt', 'publishedAt'] as const).map((sort) =>
        payload.find({
          collection: 'press-releases',
          ...asVisitorIn(locale),
          where: existsIn,
          sort,
          limit: 1,
          pagination: false,
          depth: 0,
          select: { publishedAt: true },
        }),
      ),
    )
    const last = newest?.docs[0]?.publishedAt
    const first = oldest?.docs[0]?.publishedAt
    if (!last || !first) return []
    const years: number[] = []
    for (let year = almatyYear(last); year >= almatyYear(first); year--) years.push(year)
    return years
  },
)

// Topics and images appear on the page too; their changes refresh the release tag (lib/cacheTags.ts).
export const pressReleaseBySlug = cachedRead(
  'pressReleaseBySlug',
  [CACHE_TAGS.pressReleases],
  async (locale: Locale, slug: string): Promise<PressRelease | null> => {
    const payload = await payloadClient()
    const result = await payload.find({
      collection: 'press-releases',
      ...asVisitorIn(locale),
      where: { and: [existsIn, { slug: { equals: slug } }] },
      limit: 1,
      pagination: false,
      // Depth 2 reaches the related releases' pictures; of those releases, only what their cards show.
      depth: 2,
      populate: { 'press-releases': { ...CARD_FIELDS, _status: true } },
    })
    return result.docs[0] ?? null
  },
)
