import { describe, expect, it } from 'vitest'

import { formatDocumentNumber } from './documentNumber'
import { typeset, typesetByLanguage } from './typography'

const NBSP = '\u00a0'

describe('the press service’s typography', () => {
  it('sets Russian with em dashes and numbers that keep their words', () => {
    expect(
      typeset(
        'Казахстан – Кыргызстан: 2 млрд долларов, 13 февраля 2026 г., № 11, г. Астана, ул. Д. Кунаева',
        'ru',
      ),
    ).toBe(
      `Казахстан${NBSP}— Кыргызстан: 2${NBSP}млрд долларов, 13${NBSP}февраля 2026${NBSP}г., №${NBSP}11, г.${NBSP}Астана, ул.${NBSP}Д.${NBSP}Кунаева`,
    )
    expect(typeset('2026–2027 годы, 10:00–12:00', 'ru')).toBe(`2026–2027${NBSP}годы, 10:00–12:00`)
  })

  it('sets Kazakh the same way and writes "No." in English', () => {
    expect(typeset('29 тамыз – Халықаралық күн', 'kk')).toBe(`29${NBSP}тамыз${NBSP}— Халықаралық күн`)
    expect(typeset('Order № 11-1-4/245', 'en')).toBe(`Order No.${NBSP}11-1-4/245`)
    expect(typeset('Central Asia – Germany', 'en')).toBe('Central Asia – Germany')
  })

  it('sets a content tree by the language each key names, and leaves the rest alone', () => {
    const release = {
      slug: 'a-1 – b',
      title: { kk: '5 сурет', ru: '5 фото', en: '5 photos' },
      body: { ru: ['3 млн'] },
    }
    expect(typesetByLanguage(release)).toEqual({
      slug: 'a-1 – b',
      title: { kk: `5${NBSP}сурет`, ru: `5${NBSP}фото`, en: '5 photos' },
      body: { ru: [`3${NBSP}млн`] },
    })
  })

  it('writes a document’s number with each language’s sign', () => {
    expect(formatDocumentNumber('№ 11-1-4/245', 'en')).toBe(`No.${NBSP}11-1-4/245`)
    expect(formatDocumentNumber('11-1-4/245', 'ru')).toBe(`№${NBSP}11-1-4/245`)
    expect(formatDocumentNumber('No. 7', 'kk')).toBe(`№${NBSP}7`)
  })
})
