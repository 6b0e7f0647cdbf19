import { getTranslations } from 'next-intl/server'

import { isLocale, type Locale } from '@/i18n/locales'
import { documentCiter } from '@/lib/format/documentCitation'
import { documentFeed, FEED_SIZE, pressReleaseFeed } from '@/lib/metadata/feeds'
import { latestDocuments } from '@/lib/reads/documents'
import { latestPressReleases } from '@/lib/reads/pressReleases'

/** Each list with a feed, and how its RSS is written in a language. */
const FEEDS = {
  'press-releases': async (locale: Locale) => {
    const [feed, t, releases] = await Promise.all([
      getTranslations({ locale, namespace: 'Feed' }),
      getTranslations({ locale, namespace: 'PressReleases' }),
      latestPressReleases(locale, FEED_SIZE),
    ])
    return pressReleaseFeed(locale, releases, { title: feed('title'), description: t('description') })
  },
  documents: async (locale: Locale) => {
    const [t, documents, cite] = await Promise.all([
      getTranslations({ locale, namespace: 'Documents' }),
      latestDocuments(locale, FEED_SIZE),
      documentCiter(locale),
    ])
    return documentFeed(locale, documents, { title: t('feedTitle'), description: t('description') }, cite)
  },
}

/** The handler of a list's `feed.xml`: the newest items published in the address's language, as RSS. */
export function feedRoute(list: keyof typeof FEEDS) {
  return async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
    const { locale } = await params
    if (!isLocale(locale)) {
      return new Response('Not found', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      })
    }
    return new Response(await FEEDS[list](locale), {
      headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
    })
  }
}
