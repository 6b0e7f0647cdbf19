import { describe, expect, it } from 'vitest'

import { KEPT_KEYS_AT_MOST, latinKey, wordKey, wordsOf } from './wordForms'

const keys = (forms: string, locale: 'kk' | 'ru' | 'en') =>
  new Set(forms.split(' ').map((form) => wordKey(form, locale)))

describe('word keys', () => {
  it('give every Russian case form of a noun one key, Snowball’s gaps closed', () => {
    expect(keys('переговоры переговоров переговор переговорах переговорами', 'ru').size).toBe(1)
    expect(keys('визит визита визиту визитом визите визиты визитов', 'ru').size).toBe(1)
    expect(keys('кошербаев кошербаева кошербаеву кошербаевым', 'ru').size).toBe(1)
    expect(keys('бишкек бишкека бишкеке', 'ru').size).toBe(1)
    expect(keys('иностранных иностранные иностранным', 'ru').size).toBe(1)
    expect(keys('сотрудничество сотрудничества сотрудничеству', 'ru').size).toBe(1)
  })

  it('keep different Russian words apart', () => {
    expect(wordKey('дел', 'ru')).not.toBe(wordKey('делегация', 'ru'))
    expect(wordKey('мир', 'ru')).not.toBe(wordKey('министр', 'ru'))
  })

  it('use Snowball’s English (Porter 2)', () => {
    expect(keys('talks talk talked talking', 'en').size).toBe(1)
    expect(keys('ministers minister', 'en').size).toBe(1)
    expect(wordKey('generously', 'en')).toBe('generous')
    expect(wordKey('news', 'en')).toBe('news')
  })

  it('are the same when a word comes again, per language, and after more words than are kept', () => {
    const asked = () => [wordKey('переговоры', 'ru'), wordKey('переговоры', 'en'), wordKey('talks', 'en')]
    expect(asked()).toEqual(['переговор', 'переговоры', 'talk'])
    expect(asked()).toEqual(['переговор', 'переговоры', 'talk'])
    for (let n = 0; n <= KEPT_KEYS_AT_MOST; n++) wordKey(`код${n}а`, 'ru')
    expect(asked()).toEqual(['переговор', 'переговоры', 'talk'])
  })

  it('leave numbers and one letter alone', () => {
    expect(wordKey('2026', 'ru')).toBe('2026')
    expect(wordKey('в', 'ru')).toBe('в')
  })

  it('split text into words, hyphenated ones into their parts', () => {
    expect(wordsOf('Іс-шара, № 11-1-4/245').map(({ word }) => word)).toEqual([
      'Іс',
      'шара',
      '11',
      '1',
      '4',
      '245',
    ])
  })
})

describe('Latin keys of names', () => {
  it('meet across the site’s transliteration, the ministry’s English and Kazakh spelling', () => {
    const one = (...names: string[]) => expect(new Set(names.map(latinKey)).size).toBe(1)
    one('Кошербаев', 'Көшербаев', 'Kosherbayev', 'Kosherbaev')
    one('Бишкек', 'Бішкек', 'Bishkek')
    one('Казахстан', 'Қазақстан', 'Kazakhstan', 'Qazaqstan')
    one('Кыргызстан', 'Қырғызстан', 'Kyrgyzstan')
    one('Жээнбек', 'Zheenbek')
    one('Ермек', 'Yermek')
    one('Türkiye', 'Turkiye')
  })
})
