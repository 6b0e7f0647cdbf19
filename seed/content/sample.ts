import type { Localized } from './types'

// Demo texts with no real source say so first, in each language: dates, names and figures that look real must not
// pass for the ministry's own.

/**
 * The sample line, then the text, in each language: for summaries (a release's page, cards, feeds and mails lead with
 * the summary, so its body does not repeat the line) and a document's printed text.
 */
export const sampleThen = (sample: Localized, text: Localized): Localized => ({
  kk: `${sample.kk} ${text.kk}`,
  ru: `${sample.ru} ${text.ru}`,
  en: `${sample.en} ${text.en}`,
})
