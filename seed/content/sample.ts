import type { Localized, LocalizedParagraphs } from './types'

// Demo texts with no real source say so first, in each language: dates, names and figures that look real must not
// pass for the ministry's own.

/** The sample line, then the text, in each language: for summaries and a document's printed text. */
export const sampleThen = (sample: Localized, text: Localized): Localized => ({
  kk: `${sample.kk} ${text.kk}`,
  ru: `${sample.ru} ${text.ru}`,
  en: `${sample.en} ${text.en}`,
})

/** The sample line as the body's first paragraph, in each language. */
export const sampleFirstParagraph = (sample: Localized, body: LocalizedParagraphs): LocalizedParagraphs => ({
  kk: [sample.kk, ...body.kk],
  ru: [sample.ru, ...body.ru],
  en: [sample.en, ...body.en],
})
