import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'

import type { PageFacts, SiteTexts } from './pageMetadata'
import { pageMetadata } from './pageMetadata'

export async function siteTexts(locale: Locale): Promise<SiteTexts> {
  const [site, feed] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Feed' }),
  ])
  return { ministry: site('ministry'), feedTitle: feed('title') }
}

/** A page's metadata with the site's texts in its language: title, description, links, cards. */
export async function describePage(page: PageFacts): Promise<Metadata> {
  return pageMetadata(page, await siteTexts(page.locale))
}
