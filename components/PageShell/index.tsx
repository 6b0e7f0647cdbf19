import type { ReactNode } from 'react'

import type { Crumb } from '@/components/Breadcrumbs'
import { Breadcrumbs } from '@/components/Breadcrumbs'
import { SiteFooter } from '@/components/SiteFooter'
import { SiteHeader } from '@/components/SiteHeader'
import { UrgentNotice } from '@/components/UrgentNotice'
import type { Locale } from '@/i18n/locales'
import type { Alternates } from '@/lib/metadata/alternates'

interface Props {
  locale: Locale
  /** Where this page is in each language: the header's language switcher links there. */
  alternates: Alternates
  breadcrumbs?: Crumb[]
  children: ReactNode
}

/** What every public page has around its content; the urgent notice, when there is one, comes first. */
export function PageShell({ locale, alternates, breadcrumbs, children }: Props) {
  return (
    <>
      <UrgentNotice locale={locale} />
      <SiteHeader locale={locale} alternates={alternates} />
      <main
        id="main-content"
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none"
      >
        {breadcrumbs && <Breadcrumbs locale={locale} trail={breadcrumbs} />}
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  )
}
