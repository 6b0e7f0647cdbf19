import { cache } from 'react'

import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { payloadClient } from '@/lib/config/payloadClient'
import type { Site } from '@/payload-types'

/** The published `site` global in this language; header and footer share one read per request. */
export const siteSettings = cache(
  cachedRead('siteSettings', [CACHE_TAGS.site], async (locale: Locale): Promise<Site> => {
    const payload = await payloadClient()
    return payload.findGlobal({ slug: 'site', locale, overrideAccess: false, depth: 0 })
  }),
)
