import type { GenericTranslationsObject, Language } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { ru } from '@payloadcms/translations/languages/ru'

import type { Locale } from '@/i18n/locales'

import { kk, kkLexical } from './kk'

/** The admin speaks the site's three languages, in the order its language menu lists them. */
export const adminLanguages: Record<Locale, Language> = { kk, ru, en }

/**
 * Strings merged into Payload's own for a language: the rich-text editor brings its Russian and English itself, but
 * knows no Kazakh.
 */
export const adminTranslations: Partial<Record<Locale, GenericTranslationsObject>> = {
  kk: { lexical: kkLexical },
}
