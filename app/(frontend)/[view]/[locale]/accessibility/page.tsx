import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { FeedbackForm } from '@/components/FeedbackForm'
import { PageShell } from '@/components/PageShell'
import type { Locale } from '@/i18n/locales'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'
import { formatDate } from '@/lib/format/dates'
import { everywhere } from '@/lib/metadata/alternates'
import { describePage } from '@/lib/metadata/describePage'
import { paths } from '@/lib/pages/paths'
import { setRequestPage } from '@/lib/pages/requestPage'
import { siteSettings } from '@/lib/reads/siteSettings'

export const generateStaticParams = renderAtFirstRequest

interface Props {
  params: Promise<{ view: string; locale: Locale }>
}

/** When the statement was last reviewed against the site: change it with the text. */
const PREPARED_ON = '2026-11-27T12:00:00+05:00'

const alternates = everywhere(paths.accessibilityStatement())

const FEATURES = [
  'featureLowVision',
  'featureKeyboard',
  'featureScreenReader',
  'featureNoScript',
  'featureSmallScreen',
] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'AccessibilityStatement' })
  return describePage({ locale, title: t('title'), description: t('description'), alternates })
}

export default async function AccessibilityStatementPage({ params }: Props) {
  const { locale, view } = await params
  setRequestPage(locale, view)
  const [t, site] = await Promise.all([
    getTranslations({ locale, namespace: 'AccessibilityStatement' }),
    siteSettings(locale),
  ])
  const email = site.contacts?.email ?? ''
  const phone = site.contacts?.phone ?? ''
  const link = 'underline underline-offset-4 hover:text-ministry-800'
  const heading = 'mt-10 text-xl font-semibold text-ministry-900'
  return (
    <PageShell locale={locale} alternates={alternates} breadcrumbs={[{ label: t('title') }]}>
      <article className="max-w-3xl text-lg leading-relaxed text-slate-800">
        <h1 className="text-3xl font-bold text-ministry-900">{t('title')}</h1>
        <p className="mt-6">{t('intro')}</p>
        <h2 className={heading}>{t('standardHeading')}</h2>
        <p className="mt-3">{t('standard')}</p>
        <h2 className={heading}>{t('featuresHeading')}</h2>
        <ul className="mt-3 list-disc space-y-2 pl-6">
          {FEATURES.map((feature) => (
            <li key={feature}>{t(feature)}</li>
          ))}
        </ul>
        <h2 className={heading}>{t('limitationsHeading')}</h2>
        <p className="mt-3">{t('limitations')}</p>
        <h2 className={heading}>{t('testingHeading')}</h2>
        <p className="mt-3">{t('testing')}</p>
        <h2 className={heading}>{t('feedbackHeading')}</h2>
        <p className="mt-3">
          {t.rich('feedback', {
            email,
            phone,
            mail: (chunks) => (
              <a href={`mailto:${email}`} className={link}>
                {chunks}
              </a>
            ),
            call: (chunks) => (
              <a href={`tel:${phone.replace(/\s/g, '')}`} className={link}>
                {chunks}
              </a>
            ),
          })}
        </p>
        <p className="mt-10 text-base text-slate-600">
          {t('prepared', { date: formatDate(PREPARED_ON, locale) })}
        </p>
      </article>
      <FeedbackForm locale={locale} path={paths.accessibilityStatement()} />
    </PageShell>
  )
}
