import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { payloadClient } from '@/lib/config/payloadClient'
import type { Topic } from '@/payload-types'

/** Published topics that have a name in this language, alphabetically. */
export const topicsIn = cachedRead(
  'topicsIn',
  [CACHE_TAGS.topics],
  async (locale: Locale): Promise<Topic[]> => {
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
  },
)
