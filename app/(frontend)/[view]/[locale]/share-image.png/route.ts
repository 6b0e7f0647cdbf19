import { hasLocale } from 'next-intl'
import { getTranslations } from 'next-intl/server'

import { routing } from '@/i18n/routing'
import { shareImageResponse } from '@/lib/shareImage'

/** The ministry's card, for pages without a picture of their own; drawn once per language at build time. */
export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 })
  const t = await getTranslations({ locale, namespace: 'Site' })
  return shareImageResponse({ ministry: t('ministry'), lang: locale })
}
