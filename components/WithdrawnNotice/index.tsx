import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { formatDate, isoInAlmaty } from '@/lib/format/dates'
import type { PublicationRecord } from '@/lib/reads/publicationRecord'

/** Above a withdrawn text, which stays readable at its address: when and why it was withdrawn. */
export async function WithdrawnNotice({ locale, record }: { locale: Locale; record: PublicationRecord }) {
  const { withdrawal } = record
  if (!withdrawal) return null
  const t = await getTranslations({ locale, namespace: 'Publication' })
  return (
    <section
      aria-labelledby="withdrawn-heading"
      className="mb-8 border-l-8 border-slate-700 bg-slate-100 p-5 text-slate-900"
    >
      <h2 id="withdrawn-heading" className="text-xl font-bold">
        {t('withdrawn')}
      </h2>
      <p className="mt-2">
        {t('withdrawnOn')}{' '}
        <time dateTime={isoInAlmaty(withdrawal.at)}>{formatDate(withdrawal.at, locale)}</time>
      </p>
      {withdrawal.explanation && <p className="mt-2 whitespace-pre-line">{withdrawal.explanation}</p>}
      <p className="mt-2 text-sm text-slate-700">{t('keptForReference')}</p>
    </section>
  )
}
