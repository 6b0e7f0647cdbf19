import { getTranslations } from 'next-intl/server'

import { LocaleSwitcher } from '@/components/LocaleSwitcher'
import { MinistryMark } from '@/components/MinistryMark'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { siteSettings } from '@/lib/site'

export async function SiteHeader({ locale }: { locale: Locale }) {
  const [t, site] = await Promise.all([getTranslations({ locale, namespace: 'Site' }), siteSettings(locale)])
  return (
    <header className="bg-ministry-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="flex items-center gap-3" aria-label={t('homeLink')}>
          <MinistryMark />
          <span className="max-w-md text-base leading-tight font-semibold sm:text-lg">{t('ministry')}</span>
        </Link>
        <LocaleSwitcher locale={locale} />
      </div>
      {site.navigation && site.navigation.length > 0 && (
        <nav className="border-t border-white/15">
          <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 px-4 py-2 text-sm font-medium">
            {site.navigation.map((item) => (
              <li key={item.id ?? item.path}>
                <Link href={item.path} className="block py-1 underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  )
}
