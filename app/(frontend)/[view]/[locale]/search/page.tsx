import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { Highlight } from '@/components/Highlight'
import { Link } from '@/components/Link'
import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { SearchFilters } from '@/components/SearchFilters'
import { SearchForm } from '@/components/SearchForm'
import type { Locale } from '@/i18n/locales'
import { formatDate, isoInAlmaty } from '@/lib/format/dates'
import { everywhere } from '@/lib/metadata/alternates'
import { describePage } from '@/lib/metadata/describePage'
import { pageQuery } from '@/lib/pages/listQuery'
import { parsePage } from '@/lib/pages/pagination'
import { paths } from '@/lib/pages/paths'
import { setRequestPage } from '@/lib/pages/requestPage'
import { filtersQuery, searchFilters } from '@/lib/search/filters'
import { MAX_QUERY_LENGTH, queryProblem, queryWords } from '@/lib/search/foldText'
import { queryTerms } from '@/lib/search/queryTerms'
import type { SearchHit } from '@/lib/search/searchSite'
import { searchSite } from '@/lib/search/searchSite'

const KIND = {
  'press-release': { label: 'pressRelease', path: paths.pressRelease },
  event: { label: 'event', path: paths.event },
  document: { label: 'document', path: paths.document },
} as const satisfies Record<SearchHit['kind'], { label: string; path: (slug: string) => string }>

interface Props {
  params: Promise<{ view: string; locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

// Every query is its own answer: rendered on request, not cached like the layout's other pages.
export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Search' })
  // Result pages are for people, not for search engines.
  return describePage({
    locale,
    title: t('title'),
    description: t('hint'),
    alternates: everywhere(paths.search()),
    noindex: true,
  })
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale, view } = await params
  setRequestPage(locale, view)
  const query = await searchParams
  const q = typeof query.q === 'string' ? query.q : ''
  const page = parsePage(query.page)
  if (page === null) notFound()
  const t = await getTranslations({ locale, namespace: 'Search' })
  const filters = searchFilters(query)
  const problem = queryProblem(q)
  const tooLong = problem === 'tooLong'
  const tooShort = problem === 'tooShort'
  const words = problem === null ? queryWords(q) : []
  const terms = queryTerms(words, locale)
  const result = problem === null ? await searchSite(locale, words, page, filters) : null
  if (result && page > 1 && page > result.totalPages) notFound()

  return (
    <PageShell locale={locale} alternates={everywhere(paths.search())} breadcrumbs={[{ label: t('title') }]}>
      <h1 className="text-3xl font-bold text-ministry-900">
        {result ? t('resultsFor', { query: q.trim() }) : t('title')}
      </h1>
      <div className="mt-6">
        <SearchForm locale={locale} query={tooLong ? '' : q} size="large" />
      </div>
      {tooLong && (
        <p role="alert" className="mt-6 text-red-800">
          {t('tooLong', { max: MAX_QUERY_LENGTH })}
        </p>
      )}
      {tooShort && (
        <p role="alert" className="mt-6 text-red-800">
          {t('tooShort')}
        </p>
      )}
      {!result && !tooLong && !tooShort && <p className="mt-6 text-slate-700">{t('hint')}</p>}
      {result && (
        <>
          <SearchFilters
            locale={locale}
            q={q}
            filters={filters}
            perKind={result.perKind}
            span={result.span}
          />
          <p role="status" className="mt-6 text-sm text-slate-600">
            {t('count', { count: result.total })}
          </p>
          {result.total === 0 && <p className="mt-4 text-slate-700">{t('noResults')}</p>}
          <ol aria-label={t('results')} className="mt-4 space-y-6">
            {result.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`} className="border-b border-slate-200 pb-6">
                <p className="text-sm text-slate-600">
                  {t(KIND[hit.kind].label)} ·{' '}
                  <time dateTime={isoInAlmaty(hit.date)}>{formatDate(hit.date, locale)}</time>
                </p>
                <h2 className="mt-1 text-xl font-semibold text-ministry-900">
                  <Link href={KIND[hit.kind].path(hit.slug)} className="underline-offset-4 hover:underline">
                    <Highlight text={hit.title} locale={locale} terms={terms} />
                  </Link>
                </h2>
                <p className="mt-2 leading-relaxed text-slate-700">
                  <Highlight text={hit.summary} locale={locale} terms={terms} />
                </p>
                {hit.transliterated && (
                  <p className="mt-2 text-sm text-slate-600 italic">{t('transliterated')}</p>
                )}
              </li>
            ))}
          </ol>
          <Pagination
            locale={locale}
            page={page}
            totalPages={result.totalPages}
            hrefFor={(number) => ({
              pathname: paths.search(),
              query: pageQuery(filtersQuery(q, filters), number),
            })}
          />
        </>
      )}
    </PageShell>
  )
}
