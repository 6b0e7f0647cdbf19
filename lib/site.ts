import type { Locale } from '@/i18n/locales'
import type { Site } from '@/payload-types'

import { payloadClient } from './payload'

/** The published `site` global in this language. */
export async function siteSettings(locale: Locale): Promise<Site> {
  const payload = await payloadClient()
  return payload.findGlobal({ slug: 'site', locale, overrideAccess: false, depth: 0 })
}
