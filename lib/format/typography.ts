// The press service's typography, applied where a text is produced (demo content, dates) rather than left to each
// author. The rules themselves, and the checks that keep every text to them, are in i18n/glossary/typography.ts.
import type { Locale } from '@/i18n/locales'

const NBSP = '\u00a0'

/** Russian: a spaced em dash where a dash belongs, and a number never parted from its word, sign or initials. */
export function typesetRussian(text: string): string {
  return (
    text
      // A dash between words is an em dash, bound to the word before it: «Казахстан — Кыргызстан».
      .replace(/ [–-] /g, `${NBSP}— `)
      .replace(/ — /g, `${NBSP}— `)
      // «№ 11», «2 млрд», «2026 г.», «13 февраля»: a number stays with the sign before it and the word after it.
      .replace(/№ ?(?=\d)/g, `№${NBSP}`)
      .replace(/(\d) (?=[\p{L}%$€])/gu, `$1${NBSP}`)
      // «г. Астана», «Л. Н. Гумилев»: an abbreviation or an initial stays with what it names.
      .replace(/(^|[\s(«])(г|гг|им|ст|ул)\. (?=[А-ЯA-Z\d])/g, `$1$2.${NBSP}`)
      .replace(/(^|[\s(«])([А-Я])\. (?=[А-Я])/g, `$1$2.${NBSP}`)
  )
}

/** Kazakh follows the same dash and number rules as Russian. */
export function typesetKazakh(text: string): string {
  return text
    .replace(/ [–-] /g, `${NBSP}— `)
    .replace(/ — /g, `${NBSP}— `)
    .replace(/№ ?(?=\d)/g, `№${NBSP}`)
    .replace(/(\d) (?=[\p{L}%$€])/gu, `$1${NBSP}`)
}

/** English writes "No." for the number sign. */
export function typesetEnglish(text: string): string {
  return text.replace(/№ ?(?=\d)/g, `No.${NBSP}`)
}

const typesetters: Record<Locale, (text: string) => string> = {
  kk: typesetKazakh,
  ru: typesetRussian,
  en: typesetEnglish,
}

export function typeset(text: string, locale: Locale): string {
  return typesetters[locale](text)
}

/**
 * Typesets every text of a content tree by the language its key names (`{ kk, ru, en }`), leaving the shape alone:
 * demo content is written readably and typeset once, as it leaves the seed's sources.
 */
export function typesetByLanguage<T>(value: T, locale?: Locale): T {
  if (typeof value === 'string') return (locale ? typeset(value, locale) : value) as T
  if (Array.isArray(value)) return value.map((item: unknown) => typesetByLanguage(item, locale)) as T
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, item]) => {
      const language = key === 'kk' || key === 'ru' || key === 'en' ? key : locale
      return [key, typesetByLanguage(item, language)]
    })
    return Object.fromEntries(entries) as T
  }
  return value
}
