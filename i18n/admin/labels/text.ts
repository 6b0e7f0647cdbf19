import { isLocale, type Locale } from '@/i18n/locales'

/** An admin text in the three languages: Payload takes this shape as a label or description and shows each user theirs. */
export type Trilingual = Record<Locale, string>

/** A text in the language Payload chose for the request (`req.i18n.language`); English for any other. */
export function inAdminLanguage(text: Trilingual, language: string | undefined): string {
  return isLocale(language) ? text[language] : text.en
}
