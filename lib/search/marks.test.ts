import { describe, expect, it } from 'vitest'

import { markFound } from './marks'
import { queryTerms } from './queryTerms'

const marked = (text: string, locale: 'kk' | 'ru' | 'en', query: string[]) =>
  markFound(text, locale, queryTerms(query, locale))
    .filter((part) => part.match)
    .map((part) => part.text)

describe('marks in results', () => {
  it('mark every form of a searched word, as written', () => {
    expect(marked('Переговоры в Бишкеке: итоги переговоров', 'ru', ['переговорах'])).toEqual([
      'Переговоры',
      'переговоров',
    ])
    expect(marked('Министрлер Бішкекте келіссөздер жүргізді', 'kk', ['келіссөздерді'])).toEqual([
      'келіссөздер',
    ])
  })

  it('mark a name found through its spelling in the other alphabet', () => {
    expect(marked('Визит Ермека Кошербаева в Бишкек', 'ru', ['kosherbayev', 'bishkek'])).toEqual([
      'Кошербаева',
      'Бишкек',
    ])
    expect(marked('Talks in Bishkek', 'en', ['бишкек'])).toEqual(['Bishkek'])
  })

  it('leave little words unmarked', () => {
    expect(marked('Переговоры в Бишкеке', 'ru', ['переговоры', 'в', 'бишкеке'])).toEqual([
      'Переговоры',
      'Бишкеке',
    ])
  })

  it('keep the text whole', () => {
    const text = 'Переговоры <b>в</b> Бишкеке'
    expect(
      markFound(text, 'ru', queryTerms(['бишкек'], 'ru'))
        .map((part) => part.text)
        .join(''),
    ).toBe(text)
  })
})
