import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { FeedbackForm } from '@/components/FeedbackForm'
import { Gallery } from '@/components/Gallery'
import { JsonLd } from '@/components/JsonLd'
import { MediaImage } from '@/components/MediaImage'
import { PageShell } from '@/components/PageShell'
import { PressReleaseCard } from '@/components/PressReleaseCard'
import { PreviewBanner } from '@/components/PreviewBanner'
import { PublicationHistory } from '@/components/PublicationHistory'
import { RichText } from '@/components/RichText'
import { ShareLinks } from '@/components/ShareLinks'
import { TopicLinks } from '@/components/TopicLinks'
import { TranslationNotice } from '@/components/TranslationNotice'
import { UnavailableInLanguage } from '@/components/UnavailableInLanguage'
import { WithdrawnNotice } from '@/components/WithdrawnNotice'
import type { Locale } from '@/i18n/locales'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'
import { formatDate, isoInAlmaty } from '@/lib/format/dates'
import { onlyIn } from '@/lib/metadata/alternates'
import { describePage } from '@/lib/metadata/describePage'
import { newsArticle } from '@/lib/metadata/jsonLd'
import { pressReleaseCard, shareablePhoto } from '@/lib/metadata/pageMetadata'
import { redirectFromFormerSlug } from '@/lib/pages/formerAddress'
import { absoluteUrl, paths } from '@/lib/pages/paths'
import { setRequestPage } from '@/lib/pages/requestPage'
import { detailPageContent } from '@/lib/reads/bySlug'
import { publicationRecord } from '@/lib/reads/publicationRecord'
import { siteSettings } from '@/lib/reads/siteSettings'
import type { PressRelease, Topic } from '@/payload-types'

export const generateStaticParams = renderAtFirstRequest

interface Props {
  params: Promise<{ view: string; locale: Locale; slug: string }>
}

const load = (locale: Locale, slug: string) => detailPageContent('press-releases', locale, slug)

/** Its photo, or its title drawn over the ministry's mark. */
const shareImage = (locale: Locale, release: PressRelease) =>
  shareablePhoto(release.heroImage) ?? pressReleaseCard(locale, release.slug, release.title)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const { doc: release, languages } = await load(locale, slug)
  if (languages.length === 0) return {}
  const alternates = onlyIn(languages, paths.pressRelease(slug))
  if (!release) {
    const t = await getTranslations({ locale, namespace: 'Unavailable' })
    return describePage({ locale, title: t('title'), description: t('title'), alternates, noindex: true })
  }
  return describePage({
    locale,
    title: release.title,
    description: release.summary,
    alternates,
    image: shareImage(locale, release),
    article: { publishedTime: release.publishedAt, modifiedTime: release.updatedAt },
  })
}

export default async function PressReleasePage({ params }: Props) {
  const { locale, view, slug } = await params
  setRequestPage(locale, view)
  const { doc: release, languages, preview } = await load(locale, slug)
  if (languages.length === 0) {
    await redirectFromFormerSlug('press-releases', locale, slug, paths.pressRelease)
    notFound()
  }
  const path = paths.pressRelease(slug)
  const alternates = onlyIn(languages, path)
  const t = await getTranslations({ locale, namespace: 'PressReleases' })

  if (!release) {
    return (
      <PageShell
        locale={locale}
        alternates={alternates}
        breadcrumbs={[{ label: t('title'), href: paths.pressReleases() }]}
      >
        <UnavailableInLanguage locale={locale} path={path} languages={languages} />
      </PageShell>
    )
  }

  const [tRelease, site] = await Promise.all([
    getTranslations({ locale, namespace: 'PressRelease' }),
    siteSettings(locale),
  ])
  const topics = (release.topics ?? []).filter(
    (topic): topic is Topic => typeof topic === 'object' && Boolean(topic.name),
  )
  const related = (release.relatedReleases ?? []).filter(
    (item): item is PressRelease =>
      typeof item === 'object' && Boolean(item.title) && item._status === 'published' && !item.withdrawnAt,
  )

  return (
    <PageShell
      locale={locale}
      alternates={alternates}
      breadcrumbs={[{ label: t('title'), href: paths.pressReleases() }, { label: release.title }]}
    >
      <JsonLd
        data={newsArticle({
          url: absoluteUrl(locale, path),
          headline: release.title,
          description: release.summary,
          datePublished: release.publishedAt,
          dateModified: release.updatedAt,
          locale,
          image: shareImage(locale, release),
          ministry: site.ministryName,
        })}
      />
      <article className="mx-auto max-w-3xl">
        {preview && <PreviewBanner locale={locale} path={paths.pressRelease(slug)} />}
        <WithdrawnNotice locale={locale} record={publicationRecord(release, release.publishedAt)} />
        <TranslationNotice locale={locale} doc={release} />
        <header>
          <p className="text-sm text-slate-600">
            <span className="sr-only">{tRelease('published')}: </span>
            <time dateTime={isoInAlmaty(release.publishedAt)}>{formatDate(release.publishedAt, locale)}</time>
          </p>
          <h1 className="mt-2 text-2xl leading-tight font-bold text-ministry-900 sm:text-4xl">
            {release.title}
          </h1>
          <p className="mt-4 text-lg leading-relaxed text-slate-700">{release.summary}</p>
        </header>
        {typeof release.heroImage === 'object' && release.heroImage && (
          <figure className="mt-6">
            <MediaImage
              media={release.heroImage}
              family="whole"
              // The article column is at most 48rem wide.
              sizes="(min-width: 800px) 768px, 100vw"
              preload
              className="w-full rounded-lg"
            />
            {(release.heroImage.caption || release.heroImage.credit) && (
              <figcaption className="mt-2 text-sm text-slate-600">
                {release.heroImage.caption}
                {release.heroImage.credit && (
                  <span className="block text-slate-500">© {release.heroImage.credit}</span>
                )}
              </figcaption>
            )}
          </figure>
        )}
        <div className="mt-8">
          <RichText data={release.body} />
        </div>
        <Gallery locale={locale} media={release.gallery} />
        {topics.length > 0 && (
          <section aria-labelledby="topics-heading" className="mt-10">
            <h2 id="topics-heading" className="text-lg font-semibold text-ministry-900">
              {tRelease('topics')}
            </h2>
            <TopicLinks topics={topics} />
          </section>
        )}
        <PublicationHistory locale={locale} record={publicationRecord(release, release.publishedAt)} />
        <ShareLinks locale={locale} url={absoluteUrl(locale, path)} title={release.title} />
      </article>
      {related.length > 0 && (
        <section
          aria-labelledby="related-heading"
          className="mt-14 border-t border-slate-200 pt-8 print:hidden"
        >
          <h2 id="related-heading" className="text-xl font-semibold text-ministry-900">
            {tRelease('related')}
          </h2>
          <ul className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {related.map((item) => (
              <li key={item.id}>
                <PressReleaseCard release={item} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {!preview && <FeedbackForm locale={locale} path={path} />}
    </PageShell>
  )
}
