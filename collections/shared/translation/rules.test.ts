import { describe, expect, it } from 'vitest'

import { decideTranslations, type TranslationSave } from './rules'

const NOW = '2026-02-13T09:00:00.000Z'
const EARLIER = '2026-02-01T09:00:00.000Z'
const save = (overrides: Partial<TranslationSave>): TranslationSave => ({
  before: {},
  after: {},
  locale: 'kk',
  source: 'kk',
  publishing: true,
  significantChange: true,
  written: ['kk', 'ru', 'en'],
  mayConfirm: true,
  now: NOW,
  ...overrides,
})
const outdated = (given: Partial<TranslationSave>) =>
  Object.entries(decideTranslations(save(given)))
    .filter(([, state]) => state.outdatedSince)
    .map(([locale, state]) => `${locale}:${state.outdatedSince}`)

describe('a significant change of the source', () => {
  it('marks every other written language, keeping the date of the first change', () => {
    expect(outdated({})).toEqual([`ru:${NOW}`, `en:${NOW}`])
    expect(outdated({ written: ['kk', 'ru'], before: { ru: { outdatedSince: EARLIER } } })).toEqual([
      `ru:${EARLIER}`,
    ])
  })

  it('marks nothing when minor, only drafted, or made in a translation', () => {
    expect(outdated({ significantChange: false })).toEqual([])
    expect(outdated({ publishing: false })).toEqual([])
    expect(outdated({ locale: 'ru' })).toEqual([])
  })
})

describe('an outdated translation', () => {
  const before = { ru: { outdatedSince: EARLIER, notice: true }, en: { outdatedSince: EARLIER } }

  it('is cleared by publishing it, with its notice', () => {
    const after = decideTranslations(save({ before, locale: 'ru', significantChange: false }))
    expect(after.ru).toEqual({ outdatedSince: null, checked: false, notice: false })
    expect(after.en.outdatedSince).toBe(EARLIER)
  })

  it('is cleared by an editor’s check, not an author’s, and the check resets itself', () => {
    const checked = { en: { checked: true } }
    const edit = {
      before,
      after: checked,
      locale: 'en' as const,
      publishing: false,
      significantChange: false,
    }
    expect(decideTranslations(save(edit)).en).toEqual({ outdatedSince: null, checked: false, notice: false })
    expect(decideTranslations(save({ ...edit, mayConfirm: false })).en.outdatedSince).toBe(EARLIER)
  })

  it('shows a notice only when an editor chose it and only while outdated', () => {
    const draft = { publishing: false, significantChange: false }
    expect(decideTranslations(save({ ...draft, before, after: { en: { notice: true } } })).en.notice).toBe(
      true,
    )
    expect(decideTranslations(save({ ...draft, after: { en: { notice: true } } })).en.notice).toBe(false)
    expect(decideTranslations(save({ ...draft, before, mayConfirm: false })).ru.notice).toBe(true)
  })
})
