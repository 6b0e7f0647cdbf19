import { newStemmer } from 'snowball-stemmers'

import type { Locale } from '@/i18n/locales'
import { latinLetters } from '@/lib/format/transliterate'

import { foldForSearch } from './foldText'
import { kazakhStem } from './kazakhStem'

// Every word is reduced to a key that its other grammatical forms share: Snowball's Russian and English stemmers,
// and the written rules of kazakhStem.ts. Stored texts and queries go through the same functions.

const russian = newStemmer('russian')
const english = newStemmer('english')

/**
 * Snowball's Russian leaves some forms of one word apart («визит» → «виз», «визита» → «визит»; «Кошербаев» →
 * «кошерба», «Кошербаева» → «кошербаев»): stemming its own output again until it stops changing brings them together.
 */
function russianStem(word: string): string {
  let stem = word
  for (let step = 0; step < 4; step++) {
    const next = russian.stem(stem)
    if (next === stem || next.length < 2) break
    stem = next
  }
  return stem
}

const STEMMERS: Record<Locale, (word: string) => string> = {
  kk: kazakhStem,
  ru: russianStem,
  en: (word) => english.stem(word),
}

// Snowball's stemmers (translated from Java) take about 10 µs a word, and a result page marks the words of ten titles
// and summaries, some 500: the words a ministry writes are few enough to keep each one's key once found.
export const KEPT_KEYS_AT_MOST = 50_000
const keys: Record<Locale, Map<string, string>> = { kk: new Map(), ru: new Map(), en: new Map() }

/** The key of one folded word in the language of the page. Digits and one-letter words stay as they are. */
export function wordKey(word: string, locale: Locale): string {
  if (word.length < 2 || /^\p{N}+$/u.test(word)) return word
  const kept = keys[locale]
  let key = kept.get(word)
  if (key === undefined) {
    key = STEMMERS[locale](word)
    // New words without end (names, misspellings, a crawler's nonsense queries) would fill it: it starts again.
    if (kept.size >= KEPT_KEYS_AT_MOST) kept.clear()
    kept.set(word, key)
  }
  return key
}

const WORD = /[\p{L}\p{N}]+/gu

/** The words of a text as written, with where each starts: hyphenated words are their parts («іс-шара»). */
export function wordsOf(text: string): { word: string; start: number }[] {
  return Array.from(text.matchAll(WORD), (match) => ({ word: match[0], start: match.index }))
}

/**
 * How a name is spelt in Latin letters, loosely, so that the site's transliteration («Кошербаев» → kosherbaev), the
 * ministry's English («Kosherbayev») and Kazakh spelling («Көшербаев», «Қазақстан» → qazaqstan) all give one key:
 * accents dropped (Türkiye), q and kh read as k, ye as e, y as i, zh as j, and doubled letters once.
 */
export function latinKey(word: string): string {
  return latinLetters(foldForSearch(word))
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/kh/g, 'k')
    .replace(/q/g, 'k')
    .replace(/zh/g, 'j')
    .replace(/ye/g, 'e')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
}

/** A word written with a capital (a name, an abbreviation): only those are indexed by their Latin key. */
export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word)
