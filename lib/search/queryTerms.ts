import type { Locale } from '@/i18n/locales'

import { latinKey, wordKey, wordsOf } from './wordForms'

export interface QueryTerm {
  /**
   * The key a stored text holds for any form of this word (wordForms.ts); for a word written with hyphens or other
   * signs («іс-шара», «11-1-4/245») the keys of its parts, side by side as the text holds them.
   */
  key: string
  /** The Latin key of a name this word may transliterate; null for words too short to be one. */
  latin: string | null
  /** False for the little words (and, of, in): they count towards a phrase, never on their own. */
  counted: boolean
}

export interface SearchTerms {
  terms: QueryTerm[]
  /** All the keys in the query's order, when it has more than one word. */
  phrase: string[] | null
}

// Words that occur in nearly every text: a result holding only them would be no result. Folded.
const LITTLE_WORDS: Record<Locale, Set<string>> = {
  kk: new Set('және мен бен пен да де та те ал бірақ немесе үшін туралы бойынша бұл осы сол'.split(' ')),
  ru: new Set('и в во на с со к ко о об от по за из у для не а но или что как это при до же'.split(' ')),
  en: new Set('the a an of and or in on at to for with by from is are was be as its it this that'.split(' ')),
}

/** The words of a query (already folded, foldText.ts) as search looks for them in this language. */
export function queryTerms(words: string[], locale: Locale): SearchTerms {
  const little = (word: string) => LITTLE_WORDS[locale].has(word)
  const onlyLittle = words.every(little)
  const terms = new Map<string, QueryTerm>()
  for (const word of words) {
    const parts = wordsOf(word).map((part) => part.word)
    const [only] = parts
    if (only === undefined) continue
    const key = parts.map((part) => wordKey(part, locale)).join(' ')
    const latin = parts.length === 1 && only.length >= 3 && /\p{L}/u.test(only) ? latinKey(only) : null
    if (!terms.has(key)) terms.set(key, { key, latin, counted: onlyLittle || !little(word) })
  }
  const keys = [...terms.values()].map((term) => term.key)
  return { terms: [...terms.values()], phrase: keys.length > 1 ? keys : null }
}
