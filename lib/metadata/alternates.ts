import type { Locale } from '@/i18n/locales'
import { defaultLocale, locales } from '@/i18n/locales'
import { absoluteUrl } from '@/lib/pages/paths'

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

/** The page's address in every language it exists in, plus x-default: Kazakh where it exists, else the first. */
export function languageLinks(alternates: Alternates): Record<string, string> {
  const languages: Record<string, string> = {}
  for (const other of locales) {
    const path = alternates[other]
    if (path !== null) languages[other] = absoluteUrl(other, path)
  }
  const fallback =
    alternates[defaultLocale] !== null ? defaultLocale : locales.find((l) => alternates[l] !== null)
  if (fallback) languages['x-default'] = absoluteUrl(fallback, alternates[fallback]!)
  return languages
}

/**
 * Canonical and hreflang links. A `query` makes the address a filtered or later page of a list: its canonical keeps
 * the query, and it names no other languages, whose lists hold other texts under the same query.
 */
export function alternatesMetadata(
  locale: Locale,
  alternates: Alternates,
  query: Record<string, string> = {},
): { canonical?: string; languages?: Record<string, string> } {
  const own = alternates[locale]
  const canonical = own === null ? undefined : absoluteUrl(locale, own)
  const search = new URLSearchParams(query).toString()
  if (search) return { canonical: canonical && `${canonical}?${search}` }
  return { canonical, languages: languageLinks(alternates) }
}
