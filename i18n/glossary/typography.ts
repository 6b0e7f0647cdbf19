import type { Locale } from '@/i18n/locales'

/**
 * How the ministry's texts are set, beside the terms (./terms.ts). lib/format/typography.ts applies these rules where
 * text is produced; `i18n/glossary/glossary.test.ts` finds any text that breaks one.
 *
 * - Dash: a dash between words is an em dash with spaces, « — », in Kazakh and Russian (never a spaced en dash or
 *   hyphen); English keeps the spaced en dash. Ranges of numbers take an unspaced en dash: «2026–2027», «10:00–12:00».
 * - Non-breaking spaces (U+00A0) in Kazakh and Russian: between a number and the word or sign after it («2 млрд»,
 *   «2026 г.», «13 февраля», «2026 жылғы»), after «№» («№ 11-1-4/245»), after «г.» before a name («г. Астана»), and
 *   after an initial («Д. Кунаева»). The bare space before an em dash is also non-breaking.
 * - The number sign: «№» in Kazakh and Russian, "No." in English.
 * - The letter ё: not written in Russian, as on the ministry's own pages («провел», «ее», «договоренность»), except
 *   in a name whose bearer spells it so (YO_IN_NAMES).
 * - Quotation marks: «ёлочки» in Kazakh and Russian, “curly” quotes in English texts for readers.
 */
export interface TypographyRule {
  locales: Locale[]
  rule: string
  pattern: RegExp
  /** What the rule leaves alone, removed before the pattern is sought. */
  allowed?: RegExp
}

/** Names spelt with ё by their bearers: the one place ё may stand in Russian. */
export const YO_IN_NAMES = ['Бахтиёр']

const CYRILLIC: Locale[] = ['kk', 'ru']

export const typographyRules: TypographyRule[] = [
  { locales: CYRILLIC, rule: 'a spaced en dash or hyphen where an em dash belongs', pattern: / [–-] /u },
  {
    locales: CYRILLIC,
    rule: 'a breaking space after a number, before its word',
    pattern: /\d (?=[\p{L}%$€])/u,
  },
  {
    locales: CYRILLIC,
    rule: 'a breaking space after a number a message fills in, before its word',
    pattern:
      /(?:(?<!#)#|\{(?:count|hours|minutes|max|page|total|current|size|year|limit)(?:, number)?\}) (?=[\p{L}{])/u,
  },
  { locales: CYRILLIC, rule: 'a breaking space after «№», or none', pattern: /№(?:[ ]|(?=\d))/u },
  { locales: ['ru'], rule: 'a breaking space after «г.» before a name', pattern: /(?:^|\s)г\. (?=[А-Я])/u },
  {
    locales: ['ru'],
    rule: 'ё outside a name spelt with it',
    pattern: /ё/iu,
    allowed: new RegExp(YO_IN_NAMES.join('|'), 'gu'),
  },
  { locales: ['en'], rule: '«№» in English, which writes "No."', pattern: /№/u },
  { locales: ['en', 'kk', 'ru'], rule: 'two spaces in a row', pattern: / {2}/u },
]
