// The one list of languages. Payload's localization, next-intl's routing, the messages and every
// language switcher derive from it.
export const locales = ['kk', 'ru', 'en'] as const

export type Locale = (typeof locales)[number]

/**
 * Whether a value names one of the languages. Not next-intl's `hasLocale`: importing its main module into a page
 * ships next-intl's client provider and message formatter to the browser, which the site's pages do not use.
 */
export function isLocale(value: unknown): value is Locale {
  return locales.some((locale) => locale === value)
}

/** Kazakh is the state language: the fallback when a visitor's browser prefers none of the three. */
export const defaultLocale: Locale = 'kk'

/** Each language's name in itself, as a language switcher shows it. */
export const localeNames: Record<Locale, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
}

/** BCP 47 tags for Intl formatters and `<html lang>`. */
export const localeTags: Record<Locale, string> = {
  kk: 'kk-KZ',
  ru: 'ru-RU',
  en: 'en-GB',
}
