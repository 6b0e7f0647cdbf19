import type { Locale } from '@/i18n/locales'

import { foldForSearch } from './foldText'
import type { SearchTerms } from './queryTerms'
import { isCapitalised, latinKey, wordKey, wordsOf } from './wordForms'

export interface TextPart {
  text: string
  match: boolean
}

/**
 * A result's text cut where the forms search found stand: each word whose key is one of the query's (any form of
 * it), and each name whose Latin key begins with a query word's, as the index matched them.
 */
export function markFound(text: string, locale: Locale, { terms }: SearchTerms): TextPart[] {
  // Little words («в», «мен») are part of a phrase, not what the visitor looks for: left unmarked.
  const keys = new Set(terms.filter((term) => term.counted).flatMap((term) => term.key.split(' ')))
  const latins = terms.flatMap((term) => (term.latin === null ? [] : [term.latin]))
  const found = (word: string) =>
    keys.has(wordKey(foldForSearch(word), locale)) ||
    (word.length >= 3 && isCapitalised(word) && latins.some((latin) => latinKey(word).startsWith(latin)))
  const parts: TextPart[] = []
  let last = 0
  for (const { word, start } of wordsOf(text)) {
    if (!found(word)) continue
    if (start > last) parts.push({ text: text.slice(last, start), match: false })
    parts.push({ text: word, match: true })
    last = start + word.length
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false })
  return parts
}
