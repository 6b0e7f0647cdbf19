import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/PageShell'
import { Pagination } from '@/components/Pagination'
import { leadPhotoIndex, PressReleaseCard } from '@/components/PressReleaseCard'
import { ReleaseFilters } from '@/components/ReleaseFilters'
import type { Locale } from '@/i18n/locales'
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
import { pressReleasesPage, pressReleaseYears } from '@/lib/reads/pressReleases'
import { topicsIn } from '@/lib/reads/topics'

interface Props {
  params: Promise<{ view: string; locale: Locale }>
  searchParams: Promise<ListQuery>
}

const alternates = everywhere(paths.pressReleases())

/** The list of releases, filtered by topic and year, a page at a time; `variant` says which twin (lib/pages/listQuery.ts). */
export function pressReleaseListMetadata(variant: ListVariant) {
  return async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
    const { locale } = await params
    const t = await getTranslations({ locale, namespace: 'PressReleases' })
    return describePage({
      locale,
      title: t('title'),
      description: t('description'),
      alternates,
      query: ownQuery(await listQuery(variant, searchParams), ['topic', 'year']),
    })
  }
}

export function pressReleaseListPage(variant: ListVariant) {
  return async function PressReleaseListPage({ params, searchParams }: Props) {
    const { locale, view } = await params
    setRequestPage(locale, view)
    const query = await listQuery(variant, searchParams)
    const page = parsePage(query.page)
    const topicSlug = single(query.topic)
    const yearText = single(query.year)
    if (page === null || topicSlug === null || yearText === null) notFound()

    const [t, topics, years] = await Promise.all([
      getTranslations({ locale, namespace: 'PressReleases' }),
      topicsIn(locale),
      pressReleaseYears(locale),
    ])
    const topic =
      topicSlug === undefined ? undefined : topics.find((candidate) => candidate.slug === topicSlug)
    const year =
      yearText === undefined ? undefined : years.find((candidate) => String(candidate) === yearText)
    if ((topicSlug !== undefined && !topic) || (yearText !== undefined && year === undefined)) notFound()

    const result = await pressReleasesPage(locale, { page, topicId: topic?.id, year })
    if (page > 1 && page > result.totalPages) notFound()
    const leadPhoto = leadPhotoIndex(result.docs)

    const hrefFor = (number: number) => ({
      pathname: paths.pressReleases(),
      query: pageQuery({ topic: topic?.slug, year: year === undefined ? undefined : String(year) }, number),
    })

    return (
      <PageShell locale={locale} alternates={alternates} breadcrumbs={[{ label: t('title') }]}>
        <h1 className="text-3xl font-bold text-ministry-900">{t('title')}</h1>
        <ReleaseFilters locale={locale} topics={topics} years={years} topic={topic?.slug} year={year} />
        <p className="mt-6 text-sm text-slate-600" role="status">
          {t('count', { count: result.totalDocs })}
        </p>
        {result.docs.length === 0 ? (
          <p className="mt-6 text-slate-700">{t('empty')}</p>
        ) : (
          <ul className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {result.docs.map((release, index) => (
              <li key={release.id}>
                <PressReleaseCard
                  release={release}
                  locale={locale}
                  preload={index === leadPhoto}
                  headingLevel={2}
                />
              </li>
            ))}
          </ul>
        )}
        <Pagination locale={locale} page={page} totalPages={result.totalPages} hrefFor={hrefFor} />
      </PageShell>
    )
  }
}
