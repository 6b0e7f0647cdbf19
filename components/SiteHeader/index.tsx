import { getTranslations } from 'next-intl/server'

import { Link } from '@/components/Link'
import { LocaleSwitcher } from '@/components/LocaleSwitcher'
import { LowVision } from '@/components/LowVision'
import { MinistryMark } from '@/components/MinistryMark'
import { SearchForm } from '@/components/SearchForm'
import type { Locale } from '@/i18n/locales'
import type { Alternates } from '@/lib/metadata/alternates'
import { lowVisionSettings } from '@/lib/pages/requestPage'
import { siteSettings } from '@/lib/reads/siteSettings'

export async function SiteHeader({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const [t, tNav, site] = await Promise.all([
    getTranslations({ locale, namespace: 'Site' }),
    getTranslations({ locale, namespace: 'Nav' }),
    siteSettings(locale),
  ])
  const lowVision = lowVisionSettings()
  const current = alternates[locale] ?? ''
  return (
    <header className="bg-ministry-800 text-white">
      {lowVision && <LowVision locale={locale} path={current || '/'} settings={lowVision} />}
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-4 px-4 py-4">
        <Link href="/" className="flex items-center gap-3">
          <MinistryMark />
          <span className="max-w-md text-base leading-tight font-semibold sm:text-lg">
            {t('ministry')}
            {/* The visible name stays the start of the link's name, as speech input expects. */}
            <span className="sr-only">, {tNav('home')}</span>
          </span>
        </Link>
        <div className="ml-auto flex max-w-full flex-col items-end gap-3 print:hidden">
          <div className="flex flex-wrap items-start justify-end gap-3">
            {!lowVision && <LowVision locale={locale} path={current || '/'} settings={null} />}
            <LocaleSwitcher locale={locale} alternates={alternates} />
          </div>
          <SearchForm locale={locale} size="compact" />
        </div>
      </div>
      {site.navigation && site.navigation.length > 0 && (
        <nav aria-label={tNav('main')} className="border-t border-white/15 print:hidden">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 px-4 py-2 text-sm font-medium">
            {site.navigation.map((item) => {
              const active = current === item.path || current.startsWith(`${item.path}/`)
              return (
                <li key={item.id ?? item.path}>
                  <Link
                    href={item.path}
                    aria-current={current === item.path ? 'page' : active ? 'true' : undefined}
                    className={`block border-b-2 py-1 hover:border-white ${active ? 'border-gold-400' : 'border-transparent'}`}
                  >
                    {item.label}
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>
      )}
    </header>
  )
}
