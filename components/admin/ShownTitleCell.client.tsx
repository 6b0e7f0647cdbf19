'use client'

import { useLocale } from '@payloadcms/ui'

import { defaultLocale, isLocale, localeNames, type Locale } from '@/i18n/locales'
import { shownTitle } from '@/lib/translation/shownTitle'

interface Props {
  titles: Partial<Record<Locale, string>> | null
  source: Locale | null
  href: string | null
  fallback: string
}

/** Client-side because only the form's locale provider knows the content language the list is shown in. */
export function ShownTitleCell({ titles, source, href, fallback }: Props) {
  const { code } = useLocale()
  const wanted = isLocale(code) ? code : defaultLocale
  const shown = shownTitle(titles, wanted, source)
  const borrowed = shown && shown.locale !== wanted
  const text = (
    <span lang={shown?.locale} data-title-language={shown?.locale}>
      {shown?.title ?? fallback}
    </span>
  )
  return (
    <span>
      {href ? <a href={href}>{text}</a> : text}
      {borrowed ? (
        <span style={{ marginLeft: '0.5rem', opacity: 0.7, whiteSpace: 'nowrap' }} data-borrowed-title>
          ({localeNames[shown.locale]})
        </span>
      ) : null}
    </span>
  )
}
