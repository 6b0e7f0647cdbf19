import type { Metadata } from 'next'

import type { Locale } from '@/i18n/locales'
import { defaultLocale, locales } from '@/i18n/locales'

import { absoluteUrl } from './paths'

/** A page's address in each language, or null where the page does not exist in that language. */
export type Alternates = Record<Locale, string | null>

export function everywhere(path: string): Alternates {
  return Object.fromEntries(locales.map((locale) => [locale, path])) as Alternates
}

export function onlyIn(languages: readonly Locale[], path: string): Alternates {
  return Object.fromEntries(
    locales.map((locale) => [locale, languages.includes(locale) ? path : null]),
  ) as Alternates
}

/** Canonical and hreflang links: every language the page exists in, and x-default (Kazakh where it exists). */
export function alternatesMetadata(locale: Locale, alternates: Alternates): Metadata['alternates'] {
  const languages: Record<string, string> = {}
  for (const other of locales) {
    const path = alternates[other]
    if (path !== null) languages[other] = absoluteUrl(other, path)
  }
  const fallback =
    alternates[defaultLocale] !== null ? defaultLocale : locales.find((l) => alternates[l] !== null)
  if (fallback) languages['x-default'] = absoluteUrl(fallback, alternates[fallback]!)
  const own = alternates[locale]
  return { canonical: own === null ? undefined : absoluteUrl(locale, own), languages }
}
