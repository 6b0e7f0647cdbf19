import { getTranslations } from 'next-intl/server'

import { EventCard } from '@/components/EventCard'
import { Link } from '@/components/Link'
import { Pagination } from '@/components/Pagination'
import type { Locale } from '@/i18n/locales'
import { pageQuery } from '@/lib/pages/listQuery'
import { paths } from '@/lib/pages/paths'
import type { EventTense } from '@/lib/reads/events'
import { eventsPage } from '@/lib/reads/events'

export const tabPath: Record<EventTense, string> = { upcoming: paths.events(), past: paths.pastEvents() }

/**
 * Upcoming or past events, one page of them, with tabs between the two lists; `found` is false past the last page.
 */
export async function eventListView({
  locale,
  tense,
  page,
}: {
  locale: Locale
  tense: EventTense
  page: number
}) {
  const [t, result] = await Promise.all([
    getTranslations({ locale, namespace: 'Events' }),
    eventsPage(locale, tense, page),
  ])
  return {
    found: page === 1 || page <= result.totalPages,
    view: (
      <>
        <h1 className="text-3xl font-bold text-ministry-900">{t(tense)}</h1>
        <nav aria-label={t('tabs')} className="mt-6 border-b border-slate-200">
          <ul className="flex gap-6">
            {(['upcoming', 'past'] as const).map((tab) => (
              <li key={tab}>
                <Link
                  href={tabPath[tab]}
                  aria-current={tab === tense ? 'page' : undefined}
                  className={`-mb-px block border-b-4 px-1 py-2 font-semibold ${tab === tense ? 'border-ministry-700 text-ministry-900' : 'border-transparent text-slate-600 hover:text-ministry-800'}`}
                >
                  {t(tab)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {result.docs.length === 0 ? (
          <p className="mt-6 text-slate-700">{t(tense === 'upcoming' ? 'noUpcoming' : 'noPast')}</p>
        ) : (
          <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {result.docs.map((event) => (
              <li key={event.id}>
                <EventCard event={event} locale={locale} headingLevel={2} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          locale={locale}
          page={page}
          totalPages={result.totalPages}
          hrefFor={(number) => ({
            pathname: tabPath[tense],
            query: pageQuery({}, number),
          })}
        />
      </>
    ),
  }
}
