import '../../globals.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import type { CSSProperties, ReactNode } from 'react'

import { ErrorTextsProvider } from '@/components/ErrorTexts/ErrorTexts.client'
import { isLocale } from '@/i18n/locales'
import { siteUrl } from '@/lib/config/environment'
import { siteTexts } from '@/lib/metadata/describePage'
import { feedLinks } from '@/lib/metadata/pageMetadata'
import { lowVisionSettings, setRequestPage } from '@/lib/pages/requestPage'

interface Props {
  children: ReactNode
  params: Promise<{ view: string; locale: string }>
}

// A cached page is rendered anew at once when its content changes (lib/cache/revalidateTags.ts), and otherwise at most once a
// minute, in the background (the clock moves events from upcoming to past). A shared proxy may keep it that minute
// too (Cache-Control: s-maxage=60).
export const revalidate = 60

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const [t, texts] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), siteTexts(locale)])
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t('ministry'), template: `%s — ${t('ministryShort')}` },
    icons: { icon: '/favicon.svg' },
    // Pages replace the alternates with their own; a page that sets none (not found) still announces the feed.
    alternates: { types: feedLinks(locale, texts.feedTitle) },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { view, locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestPage(locale, view)
  const [t, tError] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Error' }),
  ])
  const lowVision = lowVisionSettings()
  // The print stylesheet writes a link's address after it, and a relative one needs the site's origin in front.
  const printOrigin = { '--site-origin': JSON.stringify(siteUrl()) } as CSSProperties
  return (
    <html
      lang={locale}
      style={printOrigin}
      // The version for the visually impaired: styles/low-vision.css reads these.
      data-text-size={lowVision?.text}
      data-contrast={lowVision?.contrast}
      data-images={lowVision?.images}
    >
      <body className="flex min-h-screen flex-col">
        <a
          href="#main-content"
          className="sr-only z-50 bg-gold-400 px-4 py-2 font-semibold text-slate-900 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t('skipToContent')}
        </a>
        <ErrorTextsProvider texts={{ title: tError('title'), text: tError('text'), retry: tError('retry') }}>
          {children}
        </ErrorTextsProvider>
      </body>
    </html>
  )
}
