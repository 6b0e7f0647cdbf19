import { getTranslations } from 'next-intl/server'

import { LocaleSwitcher } from '@/components/LocaleSwitcher'
import { MinistryMark } from '@/components/MinistryMark'
import { SearchForm } from '@/components/SearchForm'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { Alternates } from '@/lib/alternates'
import { siteSettings } from '@/lib/site'

export async function SiteHeader({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), siteSettings(locale)])
  const tNav = await getTranslations({ locale, namespace: 'Nav' })
  const current = alternates[locale] ?? ''
  return (
    <header className="bg-ministry-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-4 px-4 py-4">
        <Link href="/" className="flex items-center gap-3" aria-label={t('homeLink')}>
          <MinistryMark />
          <span className="max-w-md text-base leading-tight font-semibold sm:text-lg">{t('ministry')}</span>
        </Link>
        <div className="flex flex-col items-end gap-3">
          <LocaleSwitcher locale={locale} alternates={alternates} />
          <SearchForm locale={locale} size="compact" />
        </div>
      </div>
      {site.navigation && site.navigation.length > 0 && (
        <nav aria-label={tNav('main')} className="border-t border-white/15">
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
