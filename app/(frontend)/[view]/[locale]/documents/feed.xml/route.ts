import { getTranslations } from 'next-intl/server'

import { isLocale } from '@/i18n/locales'
import { documentCiter } from '@/lib/format/documentCitation'
import { latestDocuments } from '@/lib/reads/documents'
import { documentFeed, FEED_SIZE } from '@/lib/metadata/feeds'

/** The newest documents published in this language, as RSS. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) {
    return new Response('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  }
  const [t, documents, cite] = await Promise.all([
    getTranslations({ locale, namespace: 'Documents' }),
    latestDocuments(locale, FEED_SIZE),
    documentCiter(locale),
  ])
  const xml = documentFeed(locale, documents, { title: t('feedTitle'), description: t('description') }, cite)
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } })
}
