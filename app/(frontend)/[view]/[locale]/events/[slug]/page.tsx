import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { FeedbackForm } from '@/components/FeedbackForm'
import { Gallery } from '@/components/Gallery'
import { JsonLd } from '@/components/JsonLd'
import { PageShell } from '@/components/PageShell'
import { PreviewBanner } from '@/components/PreviewBanner'
import { PublicationHistory } from '@/components/PublicationHistory'
import { RichText } from '@/components/RichText'
import { ShareLinks } from '@/components/ShareLinks'
import { TranslationNotice } from '@/components/TranslationNotice'
import { UnavailableInLanguage } from '@/components/UnavailableInLanguage'
import { WithdrawnNotice } from '@/components/WithdrawnNotice'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'
import { formatEventSpan, isoInAlmaty } from '@/lib/format/dates'
import { onlyIn } from '@/lib/metadata/alternates'
import { describePage } from '@/lib/metadata/describePage'
import { eventJsonLd } from '@/lib/metadata/jsonLd'
import { ministryCard, shareablePhoto } from '@/lib/metadata/pageMetadata'
import { redirectFromFormerSlug } from '@/lib/pages/formerAddress'
import { absoluteUrl, paths } from '@/lib/pages/paths'
import { setRequestPage } from '@/lib/pages/requestPage'
import { detailPageContent } from '@/lib/reads/bySlug'
import { publicationRecord } from '@/lib/reads/publicationRecord'
import { siteSettings } from '@/lib/reads/siteSettings'

export const generateStaticParams = renderAtFirstRequest

interface Props {
  params: Promise<{ view: string; locale: Locale; slug: string }>
}

const load = (locale: Locale, slug: string) => detailPageContent('events', locale, slug)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const { doc: event, languages } = await load(locale, slug)
  if (languages.length === 0) return {}
  const alternates = onlyIn(languages, paths.event(slug))
  if (!event) {
    const t = await getTranslations({ locale, namespace: 'Unavailable' })
    return describePage({ locale, title: t('title'), description: t('title'), alternates, noindex: true })
  }
  return describePage({
    locale,
    title: event.title,
    description: event.summary,
    alternates,
    image: shareablePhoto(event.images?.[0]),
  })
}

export default async function EventPage({ params }: Props) {
  const { locale, view, slug } = await params
  setRequestPage(locale, view)
  const { doc: event, languages, preview } = await load(locale, slug)
  if (languages.length === 0) {
    await redirectFromFormerSlug('events', locale, slug, paths.event)
    notFound()
  }
  const path = paths.event(slug)
  const alternates = onlyIn(languages, path)
  const [tEvents, t, tKind, site] = await Promise.all([
    getTranslations({ locale, namespace: 'Events' }),
    getTranslations({ locale, namespace: 'Event' }),
    getTranslations({ locale, namespace: 'EventKind' }),
    siteSettings(locale),
  ])
  const trail = [{ label: tEvents('title'), href: paths.events() }]

  if (!event) {
    return (
      <PageShell locale={locale} alternates={alternates} breadcrumbs={trail}>
        <UnavailableInLanguage locale={locale} path={path} languages={languages} />
      </PageShell>
    )
  }

  const action = 'inline-block rounded px-4 py-2 font-semibold'
  return (
    <PageShell locale={locale} alternates={alternates} breadcrumbs={[...trail, { label: event.title }]}>
      <JsonLd
        data={eventJsonLd({
          url: absoluteUrl(locale, path),
          name: event.title,
          description: event.summary,
          startDate: event.startsAt,
          endDate: event.endsAt,
          location: event.location,
          broadcastUrl: event.broadcastUrl,
          locale,
          image: shareablePhoto(event.images?.[0]) ?? ministryCard(locale, site.ministryName),
          ministry: site.ministryName,
        })}
      />
      <article className="mx-auto max-w-3xl">
        {preview && <PreviewBanner locale={locale} path={paths.event(slug)} />}
        <WithdrawnNotice locale={locale} record={publicationRecord(event)} />
        <TranslationNotice locale={locale} doc={event} />
        <p className="text-sm font-semibold tracking-wide text-ministry-700 uppercase">{tKind(event.kind)}</p>
        <h1 className="mt-2 text-2xl leading-tight font-bold text-ministry-900 sm:text-4xl">{event.title}</h1>
        <dl className="mt-6 grid gap-x-6 gap-y-3 rounded-lg bg-ministry-50 p-5 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold text-ministry-900">{t('when')}</dt>
          <dd>
            <time dateTime={isoInAlmaty(event.startsAt)}>
              {formatEventSpan(event.startsAt, event.endsAt, locale)}
            </time>
            <span className="block text-sm text-slate-600">{t('timeZone')}</span>
          </dd>
          <dt className="font-semibold text-ministry-900">{t('where')}</dt>
          <dd>{event.location}</dd>
          <dt className="font-semibold text-ministry-900">{t('kind')}</dt>
          <dd>{tKind(event.kind)}</dd>
        </dl>
        <p className="mt-6 flex flex-wrap gap-3">
          <a
            href={getPathname({ href: paths.eventCalendar(slug), locale })}
            download={`${slug}.ics`}
            className={`${action} bg-ministry-700 text-white hover:bg-ministry-800`}
          >
            {t('addToCalendar')}
          </a>
          {event.registrationUrl && (
            <a
              href={event.registrationUrl}
              rel="noopener noreferrer"
              className={`${action} border border-ministry-700 text-ministry-800`}
            >
              {t('register')}
            </a>
          )}
          {event.broadcastUrl && (
            <a
              href={event.broadcastUrl}
              rel="noopener noreferrer"
              className={`${action} border border-ministry-700 text-ministry-800`}
            >
              {t('broadcast')}
            </a>
          )}
        </p>
        <p className="mt-8 text-lg leading-relaxed text-slate-700">{event.summary}</p>
        <div className="mt-6">
          <RichText data={event.body} />
        </div>
        <Gallery locale={locale} media={event.images} />
        <PublicationHistory locale={locale} record={publicationRecord(event)} />
        <ShareLinks locale={locale} url={absoluteUrl(locale, path)} title={event.title} />
      </article>
      {!preview && <FeedbackForm locale={locale} path={path} />}
    </PageShell>
  )
}
