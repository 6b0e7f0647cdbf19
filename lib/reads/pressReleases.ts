import type { PaginatedDocs, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { payloadClient } from '@/lib/config/payloadClient'
import { almatyYearRange } from '@/lib/format/dates'
import type { PressRelease } from '@/payload-types'

import { asVisitorIn, listedIn, yearsSpanned } from './asVisitor'

export const RELEASES_PER_PAGE = 9

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
      where: listedIn,
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
    const conditions: Where[] = [listedIn]
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

/** The years of the list's filter, newest first. */
export const pressReleaseYears = cachedRead(
  'pressReleaseYears',
  [CACHE_TAGS.pressReleases],
  (locale: Locale) => yearsSpanned('press-releases', 'publishedAt', locale),
)
