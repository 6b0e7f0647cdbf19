import type { Locale } from '@/i18n/locales'
import type { Topic } from '@/payload-types'

import { payloadClient } from './payload'

/** Published topics that have a name in this language, alphabetically. */
export async function topicsIn(locale: Locale): Promise<Topic[]> {
  const payload = await payloadClient()
  const result = await payload.find({
    collection: 'topics',
    locale,
    fallbackLocale: false,
    overrideAccess: false,
    where: { name: { exists: true } },
    sort: 'name',
    limit: 100,
    depth: 0,
  })
  return result.docs
}
