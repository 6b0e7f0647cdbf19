import type { Locale } from '@/i18n/locales'
import type { PressRelease } from '@/payload-types'

import { payloadClient } from './payload'

/**
 * The newest releases that exist in this language. Read as a visitor (access control applied), without
 * falling back to another language's text.
 */
export async function latestPressReleases(locale: Locale, limit: number): Promise<PressRelease[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'press-releases',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: { title: { exists: true } },
    sort: '-publishedAt',
    limit,
    depth: 1,
  })
  return result.docs
}
