import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { shareImageResponse } from '@/lib/metadata/drawnShareCard'
import { formerAddressRedirect } from '@/lib/pages/formerAddress'
import { paths } from '@/lib/pages/paths'
import { publishedBySlug } from '@/lib/reads/bySlug'

/** A release's card: its title over the ministry's mark, for releases without a photo. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string }> },
) {
  const { locale, slug } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const [release, t] = await Promise.all([
    publishedBySlug('press-releases', locale, slug),
    getTranslations({ locale, namespace: 'Site' }),
  ])
  if (!release)
    return (
      (await formerAddressRedirect('press-releases', locale, slug, paths.pressReleaseShareImage)) ??
      new Response('Not found', { status: 404 })
    )
  return shareImageResponse({ ministry: t('ministry'), title: release.title, lang: locale })
}
