import { describe, expect, it } from 'vitest'

import { findProblems, type ShippedText } from './check'
import { shippedTexts } from './shippedTexts'
import { glossary } from './terms'

const NBSP = '\u00a0'

describe('the glossary', () => {
  it('names each thing once in each language, and no term is its own variant', () => {
    for (const term of glossary)
      for (const [locale, variants] of Object.entries(term.variants))
        for (const variant of variants)
          expect(variant.test(term[locale as keyof typeof term.variants]), `${term.en}: ${variant}`).toBe(
            false,
          )
  })

  it('finds a variant or a typographic slip planted in a text', () => {
    const planted: ShippedText[] = [
      { locale: 'ru', where: 'fixture', text: 'в связи с Международным днем против ядерных испытаний' },
      { locale: 'kk', where: 'fixture', text: 'Ядролық сынақтарға жаппай тыйым салу туралы шартқа' },
      { locale: 'en', where: 'fixture', text: 'the Kazakh Cinema Days in Bishkek' },
      { locale: 'en', where: 'fixture', text: 'the world’s fourth nuclear arsenal' },
      { locale: 'ru', where: 'fixture', text: 'Казахстан – Кыргызстан' },
      { locale: 'ru', where: 'fixture', text: `товарооборот достиг 2 млрд долларов` },
      { locale: 'ru', where: 'fixture', text: `приказ №${NBSP}11 от 20${NBSP}ноября 2025 г.` },
      { locale: 'ru', where: 'fixture', text: 'договорённости' },
      { locale: 'en', where: 'fixture', text: 'Order № 11-1-4/245' },
    ]
    expect(findProblems(planted).map((finding) => finding.problem)).toEqual([
      'say «Международный день действий против ядерных испытаний»',
      'say «Ядролық сынақтарға жан-жақты тыйым салу туралы шарт»',
      'say «Days of Kazakh Cinema / Days of Kyrgyz Cinema»',
      'say «the world’s fourth-largest nuclear arsenal»',
      'a spaced en dash or hyphen where an em dash belongs',
      'a breaking space after a number, before its word',
      'a breaking space after a number, before its word',
      'ё outside a name spelt with it',
      '«№» in English, which writes "No."',
    ])
  })

  it('leaves the right forms alone', () => {
    const right: ShippedText[] = [
      { locale: 'ru', where: 'fixture', text: `приказ от 20${NBSP}ноября 2025${NBSP}г. №${NBSP}11-1-4/245` },
      { locale: 'ru', where: 'fixture', text: `Казахстан${NBSP}— Кыргызстан, 2026–2027, Бахтиёр Саидов` },
      {
        locale: 'kk',
        where: 'fixture',
        text: `2025${NBSP}жылғы 20${NBSP}қарашадағы №${NBSP}11-1-4/245${NBSP}бұйрық`,
      },
      { locale: 'en', where: 'fixture', text: 'Order No. 11-1-4/245 of 20 November 2025' },
    ]
    expect(findProblems(right)).toEqual([])
  })

  it('is kept by every text the portal ships: messages, admin labels, demo content and e-mails', () => {
    const texts = shippedTexts()
    expect(texts.length).toBeGreaterThan(2000)
    expect(findProblems(texts)).toEqual([])
  })
})
