import { describe, expect, it } from 'vitest'

import { slugFromTitle } from './transliterate'

describe('slugFromTitle', () => {
  it('writes Kazakh in Latin letters, every special letter included', () => {
    expect(slugFromTitle('Астана мен Бішкек')).toBe('astana-men-bishkek')
    expect(slugFromTitle('Қазақстан мен Қырғызстан')).toBe('qazaqstan-men-qyrgyzstan')
    expect(slugFromTitle('ә ғ қ ң ө ұ ү һ і')).toBe('a-g-q-n-o-u-u-h-i')
    expect(slugFromTitle('ӘҒҚҢӨҰҮҺІ')).toBe('agqnouuhi')
  })

  it('writes Russian in Latin letters', () => {
    expect(slugFromTitle('Министры провели переговоры в Бишкеке')).toBe(
      'ministry-proveli-peregovory-v-bishkeke',
    )
    expect(slugFromTitle('Щучинск, объём, Хорезм, Цюрих, Чернышевская')).toBe(
      'shchuchinsk-obem-khorezm-tsyurikh-chernyshevskaya',
    )
  })

  it('keeps English and digits, and makes one hyphen of any run of other characters', () => {
    expect(slugFromTitle('  Talks in Bishkek — 13 February 2026!  ')).toBe(
      'talks-in-bishkek-13-february-2026',
    )
    expect(slugFromTitle('Café «Достық» & co.')).toBe('cafe-dostyq-co')
  })

  it('cuts a long title at a word boundary', () => {
    const slug = slugFromTitle('Сыртқы істер министрі '.repeat(10))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug).toMatch(/^syrtqy-ister-ministri(-[a-z]+)*$/)
  })

  it('gives an empty slug for a title without letters or digits, which the slug rule then refuses', () => {
    expect(slugFromTitle('«…» — !')).toBe('')
  })
})
