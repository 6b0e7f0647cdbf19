import { describe, expect, it } from 'vitest'

import { eventTemplates, openingDate, partners, releaseTemplates } from './bulk'

const KAZAKH_LETTERS = /[әғқңөұүһі]/i
const SLUG_PART = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const date = new Date('2026-02-13T11:00:00Z')

describe('the bulk archive', () => {
  it('opens each release with the date as each language writes it', () => {
    expect(openingDate(date, 'kk')).toBe('2026 жылғы 13 ақпанда')
    expect(openingDate(date, 'ru')).toBe('13 февраля 2026 года')
    expect(openingDate(date, 'en')).toBe('On 13 February 2026')
  })

  it('writes real Kazakh in every title and summary, never the Russian copied', () => {
    const on = { kk: openingDate(date, 'kk'), ru: openingDate(date, 'ru'), en: openingDate(date, 'en') }
    for (const partner of partners) {
      const texts = [
        ...releaseTemplates.map((template) => template.text(partner, on)),
        ...eventTemplates.map((template) => template.text(partner)),
      ]
      for (const { title, summary } of texts) {
        expect(summary.kk).toMatch(KAZAKH_LETTERS)
        expect(title.kk).not.toEqual(title.ru)
        expect(summary.en).not.toMatch(/[а-я]/i)
      }
    }
  })

  it('builds slugs from Latin keys', () => {
    for (const key of [...partners, ...releaseTemplates, ...eventTemplates].map((item) => item.key))
      expect(key).toMatch(SLUG_PART)
  })
})
