import type { Metadata } from 'next'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { EventCard } from '@/components/EventCard'
import { PressReleaseCard } from '@/components/PressReleaseCard'
import type { Locale } from '@/i18n/locales'
import { upcomingEvents } from '@/lib/events'
import { latestPressReleases } from '@/lib/pressReleases'

interface Props {
  params: Promise<{ locale: Locale }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Home' })
  return { title: { absolute: t('title') }, description: t('description') }
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const [t, releases, events] = await Promise.all([
    getTranslations({ locale, namespace: 'Home' }),
    latestPressReleases(locale, 6),
    upcomingEvents(locale, 4),
  ])
  return (
    <>
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
              {releases.map((release) => (
                <li key={release.id}>
                  <PressReleaseCard release={release} locale={locale} />
                </li>
              ))}
            </ul>
          )}
        </section>
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
        </section>
      </div>
    </>
  )
}
