import { getTranslations } from 'next-intl/server'

import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import { localeNames } from '@/i18n/locales'

/** Said where a text exists, but not in the visitor's language: where it can be read instead. */
export async function UnavailableInLanguage({
  locale,
  path,
  languages,
}: {
  locale: Locale
  path: string
  languages: Locale[]
}) {
  const t = await getTranslations({ locale, namespace: 'Unavailable' })
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold text-ministry-900">{t('title')}</h1>
      <p className="mt-4 text-lg text-slate-700">{t('text')}</p>
      <ul className="mt-4 flex flex-wrap gap-3">
        {languages.map((language) => (
          <li key={language}>
            <Link
              href={path}
              locale={language}
              lang={language}
              hrefLang={language}
              className="inline-block rounded bg-ministry-700 px-4 py-2 font-semibold text-white hover:bg-ministry-800"
            >
              {localeNames[language]}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}
