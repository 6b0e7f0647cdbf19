import { locales, type Locale } from '@/i18n/locales'

/** What the newsroom keeps of one language's translation: stored per language, whatever language is being edited. */
export interface LanguageTranslationState {
  /** When the source language last changed significantly after this language was written; none while up to date. */
  outdatedSince?: string | null
  /** An editor's "checked, still right": clears the outdated mark without an edit, then resets itself. */
  checked?: boolean | null
  /** Whether the language's public page says it may not reflect the latest changes of the source. */
  notice?: boolean | null
}

export type TranslationState = Partial<Record<Locale, LanguageTranslationState>>

export interface TranslationSave {
  /** The state as stored before the save: the server's record. */
  before: TranslationState
  /** The state the client sent; only an editor's choices (checked, notice) are taken from it. */
  after: TranslationState
  /** The language being saved. */
  locale: Locale
  source: Locale | null
  publishing: boolean
  /** Whether this save publishes a significant change of the language saved (the change-note rules decided it). */
  significantChange: boolean
  /** The languages that have a text (published or drafted), the one being saved included. */
  written: readonly Locale[]
  /** Editors and administrators (and the site's own code) may confirm a translation and choose the notice. */
  mayConfirm: boolean
  now: string
}

/**
 * The outdated state of every language after one save. A significant change published in the source language marks
 * every other written language outdated, keeping the date of the first such change; publishing a language, or an
 * editor's "checked, still right", clears it; a notice is only ever shown while its language is outdated.
 */
export function decideTranslations(save: TranslationSave): Required<TranslationState> {
  const { before, after, locale, source, now } = save
  const result = {} as Required<TranslationState>
  for (const language of locales) {
    const stored = before[language] ?? {}
    const sent = after[language] ?? {}
    let outdatedSince = stored.outdatedSince ?? null
    const sourceChanged = save.publishing && save.significantChange && locale === source
    if (sourceChanged && language !== source && save.written.includes(language)) outdatedSince ??= now
    if (save.publishing && language === locale && language !== source) outdatedSince = null
    if (save.mayConfirm && sent.checked) outdatedSince = null
    const notice = save.mayConfirm ? Boolean(sent.notice) : Boolean(stored.notice)
    result[language] = { outdatedSince, checked: false, notice: outdatedSince !== null && notice }
  }
  return result
}

/** Whether two states differ in what is stored (the checkboxes that reset themselves aside). */
export function sameTranslationState(a: TranslationState, b: TranslationState): boolean {
  // Dates come back from the two engines in different spellings of the same moment.
  const moment = (date: string | null | undefined) => (date ? Date.parse(date) : null)
  return locales.every(
    (language) =>
      moment(a[language]?.outdatedSince) === moment(b[language]?.outdatedSince) &&
      Boolean(a[language]?.notice) === Boolean(b[language]?.notice),
  )
}
