import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/PageShell'
import { PreviewBanner } from '@/components/PreviewBanner'
import { PublicationHistory } from '@/components/PublicationHistory'
import { ShareLinks } from '@/components/ShareLinks'
import { TranslationNotice } from '@/components/TranslationNotice'
import { UnavailableInLanguage } from '@/components/UnavailableInLanguage'
import { WithdrawnNotice } from '@/components/WithdrawnNotice'
import type { Locale } from '@/i18n/locales'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'
import { formatDate, isoInAlmaty } from '@/lib/format/dates'
import { documentCiter } from '@/lib/format/documentCitation'
import { formatDocumentNumber } from '@/lib/format/documentNumber'
import { fileSize } from '@/lib/format/fileSize'
import { mediaPath } from '@/lib/format/mediaPath'
import { onlyIn } from '@/lib/metadata/alternates'
import { describePage } from '@/lib/metadata/describePage'
import { redirectFromFormerSlug } from '@/lib/pages/formerAddress'
import { absoluteUrl, paths } from '@/lib/pages/paths'
import { setRequestPage } from '@/lib/pages/requestPage'
import { detailPageContent } from '@/lib/reads/bySlug'
import { publicationRecord } from '@/lib/reads/publicationRecord'
import type { Topic } from '@/payload-types'

export const generateStaticParams = renderAtFirstRequest

interface Props {
  params: Promise<{ view: string; locale: Locale; slug: string }>
}

const load = (locale: Locale, slug: string) => detailPageContent('documents', locale, slug)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  const { doc: document, languages } = await load(locale, slug)
  if (languages.length === 0) return {}
  const alternates = onlyIn(languages, paths.document(slug))
  const t = await getTranslations({ locale, namespace: document ? 'Documents' : 'Unavailable' })
  if (!document) {
    return describePage({ locale, title: t('title'), description: t('title'), alternates, noindex: true })
  }
  const cite = await documentCiter(locale)
  return describePage({
    locale,
    title: document.title,
    description: document.summary || cite(document),
    alternates,
    feed: { path: paths.documentFeed(), title: t('feedTitle') },
  })
}

export default async function DocumentPage({ params }: Props) {
  const { locale, view, slug } = await params
  setRequestPage(locale, view)
  const { doc: document, languages, preview } = await load(locale, slug)
  if (languages.length === 0) {
    await redirectFromFormerSlug('documents', locale, slug, paths.document)
    notFound()
  }
  const path = paths.document(slug)
  const alternates = onlyIn(languages, path)
  const [tList, t, types] = await Promise.all([
    getTranslations({ locale, namespace: 'Documents' }),
    getTranslations({ locale, namespace: 'Document' }),
    getTranslations({ locale, namespace: 'DocumentType' }),
  ])
  const trail = [{ label: tList('title'), href: paths.documents() }]

  if (!document) {
    return (
      <PageShell locale={locale} alternates={alternates} breadcrumbs={trail}>
        <UnavailableInLanguage locale={locale} path={path} languages={languages} />
      </PageShell>
    )
  }

  const file = typeof document.file === 'object' && document.file?.url ? document.file : null
  const topics = (document.topics ?? []).filter(
    (topic): topic is Topic => typeof topic === 'object' && Boolean(topic.name),
  )
  const row = 'border-t border-ministry-100'
  const label = 'py-3 pr-6 text-left align-top font-semibold text-ministry-900'

  return (
    <PageShell locale={locale} alternates={alternates} breadcrumbs={[...trail, { label: document.title }]}>
      <article className="mx-auto max-w-3xl">
        {preview && <PreviewBanner locale={locale} path={path} />}
        <WithdrawnNotice locale={locale} record={publicationRecord(document)} />
        <TranslationNotice locale={locale} doc={document} />
        <p className="text-sm font-semibold tracking-wide text-ministry-700 uppercase">
          {types(document.documentType)}
        </p>
        <h1 className="mt-2 text-2xl leading-tight font-bold text-ministry-900 sm:text-4xl">
          {document.title}
        </h1>
        {document.summary && (
          <p className="mt-4 text-lg leading-relaxed text-slate-700">{document.summary}</p>
        )}
        <table className="mt-6 w-full rounded-lg bg-ministry-50 text-base">
          <caption className="px-5 pt-4 text-left text-lg font-semibold text-ministry-900">
            {t('details')}
          </caption>
          <tbody className="[&_td]:py-3 [&_td]:pr-5 [&_th]:pl-5">
            <tr className={row}>
              <th scope="row" className={label}>
                {t('type')}
              </th>
              <td>{types(document.documentType)}</td>
            </tr>
            {document.number && (
              <tr className={row}>
                <th scope="row" className={label}>
                  {t('number')}
                </th>
                <td>{formatDocumentNumber(document.number, locale)}</td>
              </tr>
            )}
            <tr className={row}>
              <th scope="row" className={label}>
                {t('signedAt')}
              </th>
              <td>
                <time dateTime={isoInAlmaty(document.signedAt).slice(0, 10)}>
                  {formatDate(document.signedAt, locale)}
                </time>
              </td>
            </tr>
            {document.place && (
              <tr className={row}>
                <th scope="row" className={label}>
                  {t('place')}
                </th>
                <td>{document.place}</td>
              </tr>
            )}
            {document.signatory && (
              <tr className={row}>
                <th scope="row" className={label}>
                  {t('signatory')}
                </th>
                <td>{document.signatory}</td>
              </tr>
            )}
            {topics.length > 0 && (
              <tr className={row}>
                <th scope="row" className={label}>
                  {t('topics')}
                </th>
                <td>
                  <ul className="flex flex-wrap gap-x-4 gap-y-1">
                    {topics.map((topic) => (
                      <li key={topic.id}>{topic.name}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            )}
          </tbody>
        </table>
        {file?.url && (
          <p className="mt-8">
            <a
              href={mediaPath(file.url)}
              type="application/pdf"
              hrefLang={locale}
              className="inline-flex flex-wrap items-baseline gap-x-2 rounded bg-ministry-700 px-5 py-3 font-semibold text-white hover:bg-ministry-800"
            >
              {t('download')}
              <span className="text-sm font-normal">({t('fileFacts', fileSize(file.filesize ?? 0))})</span>
            </a>
          </p>
        )}
        <PublicationHistory locale={locale} record={publicationRecord(document)} />
        <ShareLinks locale={locale} url={absoluteUrl(locale, path)} title={document.title} />
      </article>
    </PageShell>
  )
}
