import type { CollectionSlug, Where } from 'payload'

import type { Locale } from '@/i18n/locales'
import { payloadClient } from '@/lib/config/payloadClient'
import { almatyYear } from '@/lib/format/dates'

/** Every public read is a visitor's: access control applied, and no text borrowed from another language. */
export const asVisitorIn = (locale: Locale) => ({
  locale,
  fallbackLocale: false as const,
  overrideAccess: false,
})

/** Written in the language asked for: a text without a title there does not exist for that language's visitors. */
export const writtenIn: Where = { title: { exists: true } }

/**
 * Shown in lists, feeds, the sitemap and the years a filter offers: written in the language and not withdrawn there. A
 * withdrawn text keeps its page (read with `writtenIn`) but leaves every list, as GOV.UK does.
 */
export const listedIn: Where = { and: [writtenIn, { withdrawnAt: { exists: false } }] }

/**
 * The years a list's filter offers, newest first, from the newest item back to the oldest one in this language:
 * two one-row reads along the date's index rather than a scan of the archive.
 */
export async function yearsSpanned(
  collection: CollectionSlug,
  dateField: string,
  locale: Locale,
): Promise<number[]> {
  const payload = await payloadClient()
  const [newest, oldest] = await Promise.all(
    [`-${dateField}`, dateField].map((sort) =>
      payload.find({
        collection,
        ...asVisitorIn(locale),
        where: listedIn,
        sort,
        limit: 1,
        pagination: false,
        depth: 0,
        select: { [dateField]: true },
      }),
    ),
  )
  const last = dateOf(newest?.docs[0], dateField)
  const first = dateOf(oldest?.docs[0], dateField)
  if (!last || !first) return []
  const years: number[] = []
  for (let year = almatyYear(last); year >= almatyYear(first); year--) years.push(year)
  return years
}

function dateOf(doc: object | undefined, field: string): string | undefined {
  const value: unknown = doc && (doc as Record<string, unknown>)[field]
  return typeof value === 'string' ? value : undefined
}
