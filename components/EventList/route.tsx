import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { everywhere } from '@/lib/alternates'
import { describePage } from '@/lib/describePage'
import type { EventTense } from '@/lib/events'
import { parsePage } from '@/lib/pagination'
import { paths } from '@/lib/paths'

import { eventListView, tabPath } from '.'

interface Props {
  params: Promise<{ locale: Locale }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

/** The two event lists (upcoming at /events, past at /events/past) are one page with a different tense. */
export function eventListMetadata(tense: EventTense) {
  return async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
    const { locale } = await params
    const page = parsePage((await searchParams).page)
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

export function eventListPage(tense: EventTense) {
  return async function EventListPage({ params, searchParams }: Props) {
    const { locale } = await params
    setRequestLocale(locale)
    const page = parsePage((await searchParams).page)
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
