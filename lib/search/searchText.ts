import type { Locale } from '@/i18n/locales'

import { foldForSearch } from './foldText'
import { isCapitalised, latinKey, wordKey, wordsOf } from './wordForms'

// The stored search text of a document in one language: the keys of its words (wordForms.ts) in order, section by
// section, then the Latin keys of its names. Spaces around every key let a LIKE find a whole key (' визит ') or a
// phrase (' переговор бишкек '); the markers between sections are never keys, so the position of a key's first
// occurrence tells where it was found:
//
//   " <title> ^ <summary> $ <body> # ~<name> ~<name> "

export const TITLE_END = ' ^ '
export const SUMMARY_END = ' $ '
export const NAMES_START = ' # '
/** Marks a name's Latin key, so that a Latin word of the text never matches as a name and the reverse. */
export const NAME_MARK = '~'

export interface SearchSections {
  title: string
  summary: string
  /** The body, the place, a document's number and signatory: every other text. */
  body: string
}

const keysOf = (text: string, locale: Locale) =>
  wordsOf(foldForSearch(text))
    .map(({ word }) => wordKey(word, locale))
    .join(' ')

/** The names (words with a capital, three letters or more) of the texts, by their Latin keys, once each. */
function namesOf(texts: string[]): string[] {
  const names = new Set<string>()
  for (const text of texts)
    for (const { word } of wordsOf(text.normalize('NFC')))
      if (word.length >= 3 && isCapitalised(word)) names.add(NAME_MARK + latinKey(word))
  return [...names]
}

export function searchTextOf(locale: Locale, { title, summary, body }: SearchSections): string {
  const sections = [title, summary, body].map((text) => keysOf(text, locale))
  return (
    ` ${sections[0]}${TITLE_END}${sections[1]}${SUMMARY_END}${sections[2]}${NAMES_START}` +
    `${namesOf([title, summary, body]).join(' ')} `
  ).replace(/ {2,}/g, ' ')
}
