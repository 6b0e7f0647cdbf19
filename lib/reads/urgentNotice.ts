import { cache } from 'react'

import type { UrgentNoticeLevel } from '@/globals/Site/urgentNotice'
import type { Locale } from '@/i18n/locales'
import { cachedRead } from '@/lib/cache/cachedRead'
import { CACHE_TAGS } from '@/lib/cache/tags'
import { payloadClient } from '@/lib/config/payloadClient'

export interface UrgentNotice {
  level: UrgentNoticeLevel
  text: string
  link: string | null
}

/**
 * The published urgent notice in this language, or null when it is off or has no text in this language: another
 * language's warning is no help to a visitor, and Payload's fallback would show the Kazakh one (hence
 * `fallbackLocale: false`). Cached under the `site` tag, which saving the settings expires at once, so every page has
 * it, or loses it, at its next request.
 */
export const urgentNotice = cache(
  cachedRead('urgentNotice', [CACHE_TAGS.site], async (locale: Locale): Promise<UrgentNotice | null> => {
    const payload = await payloadClient()
    const site = await payload.findGlobal({
      slug: 'site',
      locale,
      fallbackLocale: false,
      overrideAccess: false,
      depth: 0,
      select: { urgentNotice: true },
    })
    const notice = site.urgentNotice
    const text = notice?.text?.trim()
    if (!notice?.enabled || !text) return null
    return { level: notice.level, text, link: notice.link?.trim() || null }
  }),
)
