import { getTranslations } from 'next-intl/server'
import type { ComponentProps } from 'react'

import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import { visiblePages } from '@/lib/pages/pagination'

interface Props {
  locale: Locale
  page: number
  totalPages: number
  /** The address of a page of this list, keeping its filters. */
  hrefFor: (page: number) => ComponentProps<typeof Link>['href']
}

/** Real links to the other pages of a list: works without JavaScript and for crawlers. */
export async function Pagination({ locale, page, totalPages, hrefFor }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations({ locale, namespace: 'Pagination' })
  const link = 'block min-w-10 rounded border border-slate-300 px-3 py-2 text-center hover:bg-ministry-50'
  return (
    <nav aria-label={t('label')} className="mt-10 print:hidden">
      <ul className="flex flex-wrap items-center gap-2 text-sm">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={link}>
              ‹ {t('previous')}
            </Link>
          </li>
        )}
        {visiblePages(page, totalPages).map((number, index) =>
          number === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span
                  aria-current="page"
                  className={`${link} border-ministry-700 bg-ministry-700 font-semibold text-white`}
                >
                  <span className="sr-only">{t('page', { page: number })}</span>
                  <span aria-hidden="true">{number}</span>
                </span>
              ) : (
                <Link href={hrefFor(number)} aria-label={t('page', { page: number })} className={link}>
                  {number}
                </Link>
              )}
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={link}>
              {t('next')} ›
            </Link>
          </li>
        )}
      </ul>
    </nav>
  )
}
