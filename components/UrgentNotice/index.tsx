import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { urgentNotice } from '@/lib/reads/urgentNotice'

const LEVEL_COLOURS = {
  warning: 'border-amber-700 bg-amber-100',
  information: 'border-ministry-700 bg-ministry-50',
} as const

/**
 * The urgent notice of the site settings (a consular warning, say), above the header of every page while it is on
 * and written in this language. A named region, so that screen readers list it among the landmarks; its kind is said
 * in words, not by colour alone. Plain markup: no script.
 */
export async function UrgentNotice({ locale }: { locale: Locale }) {
  const [notice, t] = await Promise.all([
    urgentNotice(locale),
    getTranslations({ locale, namespace: 'UrgentNotice' }),
  ])
  if (!notice) return null
  return (
    <section
      aria-label={t('label')}
      data-urgent-notice={notice.level}
      className={`border-b-4 text-slate-900 ${LEVEL_COLOURS[notice.level]}`}
    >
      <p className="mx-auto max-w-6xl px-4 py-3 leading-snug">
        <strong className="font-bold">{t(notice.level)}:</strong> {notice.text}
        {notice.link && (
          <>
            {' '}
            <a href={notice.link} className="font-semibold whitespace-nowrap underline underline-offset-4">
              {t('more')}
            </a>
          </>
        )}
      </p>
    </section>
  )
}
