import type { Locale } from '@/i18n/locales'

import { foldForSearch } from './foldText'
import { isCapitalised, latinKey, wordKey, wordsOf } from './wordForms'

// The stored search text of a document in one language: section by section, the keys of its words (wordForms.ts)
// in order, then the Latin keys of the section's names. Spaces around every key let a LIKE find a whole key
// (' визит ') or a phrase (' переговор бишкек '); the markers between sections are never keys, so the position of a
// key's first occurrence tells where it was found:
//
//   " <title> ~<name> ^ <summary> ~<name> $ <body> ~<name> "

export const TITLE_END = ' ^ '
export const SUMMARY_END = ' $ '
/** Marks a name's Latin key, so that a Latin word of the text never matches as a name and the reverse. */
export const NAME_MARK = '~'

export interface SearchSections {
  title: string
  summary: string
  /** The body, the place, a document's number and signatory: every other text. */
  body: string
}

/** A section's keys, then its names (words with a capital, three letters or more) by their Latin keys, once each. */
function sectionOf(text: string, locale: Locale): string {
  const words = wordsOf(text.normalize('NFC'))
  const names = new Set(
    words
      .filter(({ word }) => word.length >= 3 && isCapitalised(word))
      .map(({ word }) => NAME_MARK + latinKey(word)),
  )
  return [...words.map(({ word }) => wordKey(foldForSearch(word), locale)), ...names].join(' ')
}

export function searchTextOf(locale: Locale, { title, summary, body }: SearchSections): string {
  const [t, s, b] = [title, summary, body].map((text) => sectionOf(text, locale))
  return ` ${t}${TITLE_END}${s}${SUMMARY_END}${b} `.replace(/ {2,}/g, ' ')
}
