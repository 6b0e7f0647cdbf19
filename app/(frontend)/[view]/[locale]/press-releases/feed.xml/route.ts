import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { FEED_SIZE, pressReleaseFeed } from '@/lib/metadata/feeds'
import { latestPressReleases } from '@/lib/reads/pressReleases'

/** The newest press releases published in this language, as RSS. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) {
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const [feed, releases, t] = await Promise.all([
    getTranslations({ locale, namespace: 'Feed' }),
    latestPressReleases(locale, FEED_SIZE),
    getTranslations({ locale, namespace: 'PressReleases' }),
  ])
  const xml = pressReleaseFeed(locale, releases, { title: feed('title'), description: t('description') })
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
