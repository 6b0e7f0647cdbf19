import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { PageShell } from '@/components/PageShell'
import { SubscribeForm } from '@/components/SubscribeForm'
import type { Locale } from '@/i18n/locales'
import { renderAtFirstRequest } from '@/lib/cache/renderAtFirstRequest'
import { everywhere } from '@/lib/metadata/alternates'
import { describePage } from '@/lib/metadata/describePage'
import { paths } from '@/lib/pages/paths'
import { setRequestPage } from '@/lib/pages/requestPage'
import { topicsIn } from '@/lib/reads/topics'

export const generateStaticParams = renderAtFirstRequest

interface Props {
  params: Promise<{ view: string; locale: Locale }>
}

const alternates = everywhere(paths.subscribe())

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  const t = await getTranslations({ locale, namespace: 'Subscribe' })
  return describePage({ locale, title: t('title'), description: t('description'), alternates })
}

export default async function SubscribePage({ params }: Props) {
  const { locale, view } = await params
  setRequestPage(locale, view)
  const [t, topics] = await Promise.all([
    getTranslations({ locale, namespace: 'Subscribe' }),
    topicsIn(locale),
  ])
  return (
    <PageShell locale={locale} alternates={alternates} breadcrumbs={[{ label: t('title') }]}>
      <h1 className="text-3xl font-bold text-ministry-900">{t('title')}</h1>
      <p className="mt-4 max-w-3xl text-lg leading-relaxed text-slate-800">{t('intro')}</p>
      <SubscribeForm locale={locale} topics={topics} />
    </PageShell>
  )
}
