import type { Locale } from '@/i18n/locales'
import { locales } from '@/i18n/locales'

import { payloadClient } from './payload'

/**
 * The languages a published release or event can be read in: those with a title. One query for all languages.
 */
export async function languagesOf(collection: 'press-releases' | 'events', slug: string): Promise<Locale[]> {
  const payload = await payloadClient()
  const found = await payload.find({
    collection,
    locale: 'all',
    overrideAccess: false,
    where: { slug: { equals: slug } },
    select: { title: true },
    limit: 1,
    depth: 0,
  })
  // With locale 'all', a localized field comes back as an object keyed by language.
  const titles = found.docs[0]?.title as unknown as Partial<Record<Locale, string | null>> | undefined
  if (!titles) return []
  return locales.filter((locale) => Boolean(titles[locale]?.trim()))
}
