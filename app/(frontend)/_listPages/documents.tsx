import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { isDocumentType } from '@/collections/Documents/types'
import { DocumentCard } from '@/components/DocumentCard'
import { DocumentFilters } from '@/components/DocumentFilters'
import { Link } from '@/components/Link'
import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import type { Locale } from '@/i18n/locales'
import { documentCiter } from '@/lib/format/documentCitation'
import { everywhere } from '@/lib/metadata/alternates'
import { describePage } from '@/lib/metadata/describePage'
import {
  type ListQuery,
  listQuery,
  type ListVariant,
  ownQuery,
  pageQuery,
  single,
} from '@/lib/pages/listQuery'
import { parsePage } from '@/lib/pages/pagination'
import { paths } from '@/lib/pages/paths'
import { setRequestPage } from '@/lib/pages/requestPage'
import { documentsPage, documentYears } from '@/lib/reads/documents'

interface Props {
  params: Promise<{ view: string; locale: Locale }>
  searchParams: Promise<ListQuery>
}

const alternates = everywhere(paths.documents())

/** The list of documents, filtered by type and year of signing, a page at a time (twins: lib/pages/listQuery.ts). */
export function documentListMetadata(variant: ListVariant) {
  return async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
    const { locale } = await params
    const t = await getTranslations({ locale, namespace: 'Documents' })
    return describePage({
      locale,
      title: t('title'),
      description: t('description'),
      alternates,
      query: ownQuery(await listQuery(variant, searchParams), ['type', 'year']),
      feed: { path: paths.documentFeed(), title: t('feedTitle') },
    })
  }
}

export function documentListPage(variant: ListVariant) {
  return async function DocumentListPage({ params, searchParams }: Props) {
    const { locale, view } = await params
    setRequestPage(locale, view)
    const query = await listQuery(variant, searchParams)
    const page = parsePage(query.page)
    const typeText = single(query.type)
    const yearText = single(query.year)
    if (page === null || typeText === null || yearText === null) notFound()
    if (typeText !== undefined && !isDocumentType(typeText)) notFound()
    const type = typeText

    const [t, years, cite] = await Promise.all([
      getTranslations({ locale, namespace: 'Documents' }),
      documentYears(locale),
      documentCiter(locale),
    ])
    const year =
      yearText === undefined ? undefined : years.find((candidate) => String(candidate) === yearText)
    if (yearText !== undefined && year === undefined) notFound()

    const result = await documentsPage(locale, { page, type, year })
    if (page > 1 && page > result.totalPages) notFound()

    const hrefFor = (number: number) => ({
      pathname: paths.documents(),
      query: pageQuery({ type, year: year === undefined ? undefined : String(year) }, number),
    })

    return (
      <PageShell locale={locale} alternates={alternates} breadcrumbs={[{ label: t('title') }]}>
        <h1 className="text-3xl font-bold text-ministry-900">{t('title')}</h1>
        <DocumentFilters locale={locale} years={years} type={type} year={year} />
        <p className="mt-6 text-sm text-slate-600" role="status">
          {t('count', { count: result.totalDocs })}
        </p>
        {result.docs.length === 0 ? (
          <p className="mt-6 text-slate-700">{t('empty')}</p>
        ) : (
          <ul className="mt-2 max-w-4xl">
            {result.docs.map((document) => (
              <li key={document.id}>
                <DocumentCard document={document} citation={cite(document)} />
              </li>
            ))}
          </ul>
        )}
        <Pagination locale={locale} page={page} totalPages={result.totalPages} hrefFor={hrefFor} />
        <p className="mt-8 text-sm print:hidden">
          <Link
            href={paths.documentFeed()}
            type="application/rss+xml"
            className="underline underline-offset-4"
          >
            {t('subscribe')}
          </Link>
        </p>
      </PageShell>
    )
  }
}
