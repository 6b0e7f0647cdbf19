import { getTranslations } from 'next-intl/server'

import { Link } from '@/components/Link'
import type { Locale } from '@/i18n/locales'
import { localeNames, locales } from '@/i18n/locales'
import type { Alternates } from '@/lib/metadata/alternates'

/** The same page in each language; a language the page is not written in is named, with a note, not linked. */
export async function LocaleSwitcher({ locale, alternates }: { locale: Locale; alternates: Alternates }) {
  const t = await getTranslations({ locale, namespace: 'LocaleSwitcher' })
  const missing = locales.filter((other) => alternates[other] === null)
  const notes = await Promise.all(
    missing.map(async (other) => ({
      locale: other,
      text: (await getTranslations({ locale: other, namespace: 'LocaleSwitcher' }))('notAvailable'),
    })),
  )
  return (
    <nav aria-label={t('label')} className="text-sm">
      <ul className="flex flex-wrap gap-1">
        {locales.map((other) => {
          const path = alternates[other]
          if (other === locale) {
            return (
              <li key={other}>
                <span aria-current="true" className="block rounded bg-white/15 px-2 py-1 font-semibold">
                  {localeNames[other]}
                </span>
              </li>
            )
          }
          if (path === null) {
            return (
              <li key={other}>
                <span lang={other} className="block px-2 py-1 text-white/60 line-through">
                  {localeNames[other]}
                </span>
              </li>
            )
          }
          return (
            <li key={other}>
              <Link
                href={path}
                locale={other}
                lang={other}
                hrefLang={other}
                className="block rounded px-2 py-1 underline-offset-4 hover:underline"
              >
                {localeNames[other]}
              </Link>
            </li>
          )
        })}
      </ul>
      {notes.map((note) => (
        <p key={note.locale} lang={note.locale} className="mt-1 text-right text-xs text-white/80">
          {note.text}
        </p>
      ))}
    </nav>
  )
}
