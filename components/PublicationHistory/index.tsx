import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { formatDate, isoInAlmaty } from '@/lib/format/dates'
import type { PublicationRecord } from '@/lib/reads/publicationRecord'

function When({ at, locale }: { at: string; locale: Locale }) {
  return <time dateTime={isoInAlmaty(at)}>{formatDate(at, locale)}</time>
}

/**
 * When the text was published and last changed, and every significant change with its note, newest first, as
 * GOV.UK's "Full page history". Minor fixes leave no trace here.
 */
export async function PublicationHistory({ locale, record }: { locale: Locale; record: PublicationRecord }) {
  const t = await getTranslations({ locale, namespace: 'Publication' })
  const { publishedAt, lastUpdatedAt, changes } = record
  if (!publishedAt) return null
  return (
    <section
      aria-labelledby="history-heading"
      className="mt-10 border-t border-slate-200 pt-6 text-sm text-slate-700"
    >
      <dl className="flex flex-wrap gap-x-8 gap-y-2">
        <div>
          <dt className="font-semibold">{t('published')}</dt>
          <dd>
            <When at={publishedAt} locale={locale} />
          </dd>
        </div>
        {lastUpdatedAt && (
          <div>
            <dt className="font-semibold">{t('lastUpdated')}</dt>
            <dd>
              <When at={lastUpdatedAt} locale={locale} />
            </dd>
          </div>
        )}
      </dl>
      <h2 id="history-heading" className="mt-6 text-base font-semibold text-ministry-900">
        {t('history')}
      </h2>
      <ol className="mt-2 space-y-2">
        {[...changes].reverse().map((change, index) => (
          <li key={index}>
            <When at={change.at} locale={locale} /> — {change.note}
          </li>
        ))}
        <li>
          <When at={publishedAt} locale={locale} /> — {t('firstPublished')}
        </li>
      </ol>
    </section>
  )
}
