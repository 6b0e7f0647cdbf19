'use client'

import { useLocale, useTranslations } from 'next-intl'

import { localeNames, locales } from '@/i18n/locales'
import { Link, usePathname } from '@/i18n/navigation'

/** The same page in each language; a client part only because it needs the current path. */
export function LocaleLinks() {
  const current = useLocale()
  const pathname = usePathname()
  const t = useTranslations('LocaleSwitcher')
  return (
    <ul className="flex gap-1 text-sm">
      {locales.map((locale) => (
        <li key={locale}>
          {locale === current ? (
            <span
              aria-current="true"
              title={t('current', { language: localeNames[locale] })}
              className="block rounded bg-white/15 px-2 py-1 font-semibold"
            >
              {localeNames[locale]}
            </span>
          ) : (
            <Link
              href={pathname}
              locale={locale}
              lang={locale}
              hrefLang={locale}
              className="block rounded px-2 py-1 underline-offset-4 hover:underline"
            >
              {localeNames[locale]}
            </Link>
          )}
        </li>
      ))}
    </ul>
  )
}
