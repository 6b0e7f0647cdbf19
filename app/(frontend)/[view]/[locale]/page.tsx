import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { EventCard } from '@/components/EventCard'
import { JsonLd } from '@/components/JsonLd'
import { Link } from '@/components/Link'
import { PageShell } from '@/components/PageShell'
import { leadPhotoIndex, PressReleaseCard } from '@/components/PressReleaseCard'
import { TopicLinks } from '@/components/TopicLinks'
import type { Locale } from '@/i18n/locales'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'
import { everywhere } from '@/lib/metadata/alternates'
import { describePage } from '@/lib/metadata/describePage'
import { governmentOrganization, ministryFacts } from '@/lib/metadata/jsonLd'
import { paths } from '@/lib/pages/paths'
import { setRequestPage } from '@/lib/pages/requestPage'
import { upcomingEvents } from '@/lib/reads/events'
import { latestPressReleases } from '@/lib/reads/pressReleases'
import { siteSettings } from '@/lib/reads/siteSettings'
import { topicsIn } from '@/lib/reads/topics'

export const generateStaticParams = renderAtFirstRequest

interface Props {
  params: Promise<{ view: string; locale: Locale }>
}

const alternates = everywhere(paths.home())

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Home' })
  return describePage({
    locale,
    title: t('title'),
    titleStandsAlone: true,
    description: t('description'),
    alternates,
  })
}

export default async function HomePage({ params }: Props) {
  const { locale, view } = await params
  setRequestPage(locale, view)
  const [t, releases, events, topics, site] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    latestPressReleases(locale, 6),
    upcomingEvents(locale, 4),
    topicsIn(locale),
    siteSettings(locale),
  ])
  const more = 'mt-4 inline-block font-semibold text-ministry-700 underline underline-offset-4'
  const leadPhoto = leadPhotoIndex(releases)
  return (
    <PageShell locale={locale} alternates={alternates}>
      <JsonLd data={governmentOrganization(locale, ministryFacts(site))} />
      <h1 className="text-2xl font-bold text-ministry-900 sm:text-3xl">{t('title')}</h1>
      <div className="mt-8 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="home-releases">
          <h2 id="home-releases" className="text-xl font-semibold text-ministry-900">
            {t('latestReleases')}
          </h2>
          {releases.length === 0 ? (
            <p className="mt-4 text-slate-600">{t('noReleases')}</p>
          ) : (
            <ul className="mt-4 grid gap-6 sm:grid-cols-2">
              {releases.map((release, index) => (
                <li key={release.id}>
                  <PressReleaseCard release={release} locale={locale} preload={index === leadPhoto} />
                </li>
              ))}
            </ul>
          )}
          <Link href={paths.pressReleases()} className={more}>
            {t('allReleases')} ›
          </Link>
        </section>
        <div className="space-y-10">
          <section aria-labelledby="home-events">
            <h2 id="home-events" className="text-xl font-semibold text-ministry-900">
              {t('upcomingEvents')}
            </h2>
            {events.length === 0 ? (
              <p className="mt-4 text-slate-600">{t('noEvents')}</p>
            ) : (
              <ul className="mt-4 space-y-4">
                {events.map((event) => (
                  <li key={event.id}>
                    <EventCard event={event} locale={locale} />
                  </li>
                ))}
              </ul>
            )}
            <Link href={paths.events()} className={more}>
              {t('allEvents')} ›
            </Link>
          </section>
          {topics.length > 0 && (
            <section aria-labelledby="home-topics">
              <h2 id="home-topics" className="text-xl font-semibold text-ministry-900">
                {t('topics')}
              </h2>
              <TopicLinks topics={topics} />
            </section>
          )}
        </div>
      </div>
    </PageShell>
  )
}
