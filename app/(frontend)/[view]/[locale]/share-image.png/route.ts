import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { shareImageResponse } from '@/lib/metadata/drawnShareCard'
import { STANDARD_VIEW } from '@/lib/pages/lowVision'

/**
 * The ministry's card, for pages without a picture of their own; drawn once per language at build time. The networks
 * that fetch it have no low-vision cookie: the standard view is the only one asked for.
 */
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ view: STANDARD_VIEW, locale }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'Site' })
  return shareImageResponse({ ministry: t('ministry'), lang: locale })
}
