import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { eventListView, tabPath } from '@/components/EventList'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { everywhere } from '@/lib/metadata/alternates'
import { describePage } from '@/lib/metadata/describePage'
import { type ListQuery, listQuery, type ListVariant } from '@/lib/pages/listQuery'
import { parsePage } from '@/lib/pages/pagination'
import { paths } from '@/lib/pages/paths'
import { setRequestPage } from '@/lib/pages/requestPage'
import type { EventTense } from '@/lib/reads/events'

interface Props {
  params: Promise<{ view: string; locale: Locale }>
  searchParams: Promise<ListQuery>
}

/** The two event lists (upcoming at /events, past at /events/past) are one page with a different tense. */
export function eventListMetadata(tense: EventTense, variant: ListVariant) {
  return async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
    const { locale } = await params
    const page = parsePage((await listQuery(variant, searchParams)).page)
    const t = await getTranslations({ locale, namespace: 'Events' })
    return describePage({
      locale,
      title: t(tense),
      description: t('description'),
      alternates: everywhere(tabPath[tense]),
      query: page !== null && page > 1 ? { page: String(page) } : {},
    })
  }
}

export function eventListPage(tense: EventTense, variant: ListVariant) {
  return async function EventListPage({ params, searchParams }: Props) {
    const { locale, view } = await params
    setRequestPage(locale, view)
    const page = parsePage((await listQuery(variant, searchParams)).page)
    if (page === null) notFound()
    const [t, list] = await Promise.all([
      getTranslations({ locale, namespace: 'Events' }),
      eventListView({ locale, tense, page }),
    ])
    if (!list.found) notFound()
    const breadcrumbs =
      tense === 'upcoming'
        ? [{ label: t('title') }]
        : [{ label: t('title'), href: paths.events() }, { label: t('past') }]
    return (
      <PageShell locale={locale} alternates={everywhere(tabPath[tense])} breadcrumbs={breadcrumbs}>
        {list.view}
      </PageShell>
    )
  }
}
