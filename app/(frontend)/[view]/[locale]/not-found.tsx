import type { Metadata } from 'next'
import { getLocale, getTranslations } from 'next-intl/server'

import { Link } from '@/components/Link'
import { PageShell } from '@/components/PageShell'
import { isLocale, type Locale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { everywhere } from '@/lib/metadata/alternates'

interface Props {
  params: Promise<{ locale: string }>
}

function localeOrDefault(requested: string | undefined): Locale {
  return requested && isLocale(requested) ? requested : routing.defaultLocale
}

/** "Страница не найдена — МИД Республики Казахстан": the tab and the history say what happened. */
async function notFoundTitle(locale: Locale): Promise<string> {
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: 'NotFound' }),
    getTranslations({ locale, namespace: 'Site' }),
  ])
  return `${t('title')} — ${site('ministryShort')}`
}

// The language comes from the segment's params: getLocale() here would read the request's headers, which a cached
// page may not.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: { absolute: await notFoundTitle(localeOrDefault((await params).locale)) } }
}

export default async function NotFound() {
  const locale = localeOrDefault(await getLocale())
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return (
    <PageShell locale={locale} alternates={everywhere('/')}>
      {/* The server's page has the title from generateMetadata, but Next.js 16.5 puts the layout's back once the
          page is hydrated (vercel/next.js#95836); React places this one before it. */}
      <title>{await notFoundTitle(locale)}</title>
      <div className="max-w-2xl">
        <h1 className="text-3xl font-bold text-ministry-900">{t('title')}</h1>
        <p className="mt-4 text-lg text-slate-700">{t('text')}</p>
        <p className="mt-6">
          <Link href="/" className="font-semibold text-ministry-700 underline underline-offset-4">
            {t('back')}
          </Link>
        </p>
      </div>
    </PageShell>
  )
}
