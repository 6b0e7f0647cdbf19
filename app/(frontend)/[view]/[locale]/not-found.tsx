import { getLocale, getTranslations } from 'next-intl/server'

import { Link } from '@/components/Link'
import { PageShell } from '@/components/PageShell'
import { isLocale } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { everywhere } from '@/lib/metadata/alternates'

export default async function NotFound() {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : routing.defaultLocale
  const t = await getTranslations({ locale, namespace: 'NotFound' })
  return (
    <PageShell locale={locale} alternates={everywhere('/')}>
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
